/**
 * The popup's rows (issue #20, « a popup that takes three seconds »): the verb that is the row's
 * button, its second line in plain words, and the « ⋯ » menu of the other actions.
 * core/app/action-row.ts decides which of these a row says.
 */
import type { Catalogue } from '../translate';

export const popup = {
  // The verb, then the client: « Relancer Agence Pixel », « Envoyer la mise en demeure à Acme ».
  'row.verb.remind': { fr: 'Relancer', en: 'Remind' },
  'row.verb.call': { fr: 'Appeler', en: 'Call' },
  'row.verb.letter': { fr: 'Envoyer le courrier à', en: 'Send the letter to' },
  'row.verb.registeredLetter': { fr: 'Envoyer le recommandé à', en: 'Send the registered letter to' },
  'row.verb.formalNotice': { fr: 'Envoyer la mise en demeure à', en: 'Send the formal notice to' },
  'row.verb.court': { fr: 'Saisir le tribunal contre', en: 'Take to court:' },
  'row.verb.declareClaim': { fr: 'Déclarer la créance sur', en: 'Declare the claim against' },
  'row.late': { fr: 'J+{days}', en: 'D+{days}' },
  'row.lateTitle': {
    fr: { one: '{count} jour de retard', other: '{count} jours de retard' },
    en: { one: '{count} day late', other: '{count} days late' },
  },
  'row.dueToday': { fr: 'échue aujourd’hui', en: 'due today' },
  // The second line.
  'row.fact.claim': {
    fr: 'Procédure collective : à déclarer avant le {date}',
    en: 'Insolvency: declare before {date}',
  },
  'row.fact.claimNow': { fr: 'Procédure collective : à déclarer', en: 'Insolvency: to declare' },
  'row.fact.since': { fr: 'à faire depuis le {date}', en: 'due since {date}' },
  'row.fact.sent.email': { fr: 'relancé le {date}', en: 'reminded on {date}' },
  'row.fact.sent.letter': { fr: 'courrier envoyé le {date}', en: 'letter sent on {date}' },
  'row.fact.sent.registered_letter': {
    fr: 'recommandé envoyé le {date}',
    en: 'registered letter sent on {date}',
  },
  'row.fact.sent.formal_notice': {
    fr: 'mise en demeure envoyée le {date}',
    en: 'formal notice sent on {date}',
  },
  'row.fact.called.promise': { fr: 'appelé le {date}', en: 'called on {date}' },
  'row.fact.called.no_answer': { fr: 'appelé le {date}, sans réponse', en: 'called on {date}, no answer' },
  'row.fact.called.dispute': { fr: 'appelé le {date} : conteste', en: 'called on {date}: disputes it' },
  'row.fact.called.claims_paid': {
    fr: 'appelé le {date} : dit avoir payé',
    en: 'called on {date}: says they paid',
  },
  'row.fact.promise': { fr: 'promis pour le {date}', en: 'promised for {date}' },
  'row.fact.promiseBroken': {
    fr: 'promis pour le {date}, rien reçu',
    en: 'promised for {date}, nothing came',
  },
  'row.fact.pending': {
    fr: 'à confirmer : relance ouverte le {date}',
    en: 'to confirm: reminder opened on {date}',
  },
  // Around the list.
  'popup.allInvoices': { fr: 'Toutes les factures', en: 'All invoices' },
  'popup.otherActions': { fr: 'Autres actions : {client}', en: 'Other actions: {client}' },
  'popup.restLink': {
    fr: {
      one: 'Voir l’autre action dans le tableau de bord',
      other: 'Voir les {count} autres actions dans le tableau de bord',
    },
    en: {
      one: 'See the other action in the dashboard',
      other: 'See the {count} other actions in the dashboard',
    },
  },
  'popup.keys': {
    fr: 'J et K pour passer d’une action à l’autre, Entrée pour la faire',
    en: 'J and K to move between actions, Enter to do it',
  },
  // The « ⋯ » menu, in plain words; one verb per button, no « Enregistrer ».
  'menu.remind': { fr: 'Écrire une relance', en: 'Write a reminder' },
  'menu.letter': { fr: 'Préparer un courrier', en: 'Prepare a letter' },
  'menu.formalNotice': { fr: 'Préparer la mise en demeure', en: 'Prepare the formal notice' },
  'menu.paid': { fr: 'Marquer comme payée', en: 'Mark as paid' },
  'menu.partial': { fr: 'Noter un paiement partiel', en: 'Record a partial payment' },
  'menu.partialSave': { fr: 'Noter le paiement', en: 'Record the payment' },
  'menu.dispute': { fr: 'Le client conteste', en: 'The client disputes it' },
  'menu.resolve': { fr: 'Le litige est réglé', en: 'The dispute is settled' },
  'menu.skip': { fr: 'Passer cette étape', en: 'Skip this step' },
  'menu.snooze': { fr: 'Reporter', en: 'Postpone' },
  'menu.open': { fr: 'Ouvrir la facture', en: 'Open the invoice' },
  'menu.planSave': { fr: 'Enregistrer l’échéancier', en: 'Save the payment plan' },
  'menu.proceedingsSave': { fr: 'Noter la procédure', en: 'Record the proceedings' },
} as const satisfies Catalogue;
