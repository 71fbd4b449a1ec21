/**
 * The dashboard's invoice page (issue #20, « une page qui s'explique ») : its one status line,
 * the ladder in relative time, the totals with what is not claimed and why, the payment.
 * The sentences are chosen in core/app/invoice-page-text.ts; the page only shows them.
 */
import type { Catalogue } from '../translate';

export const invoicePage = {
  // The status line: what to do now, or where the invoice stands.
  'ip.status.send': { fr: '{name} à envoyer aujourd’hui', en: '{name} to send today' },
  'ip.status.call': { fr: 'Appel à passer aujourd’hui', en: 'Call to make today' },
  'ip.status.file': { fr: '{name} à déposer aujourd’hui', en: '{name} to file today' },
  'ip.status.contested': {
    fr: 'Créance contestée : assignation ou référé-provision à préparer',
    en: 'Disputed claim: summons or interim payment to prepare',
  },
  'ip.status.late': {
    fr: { one: '{what} — {count} jour de retard', other: '{what} — {count} jours de retard' },
    en: { one: '{what} — {count} day late', other: '{what} — {count} days late' },
  },
  'ip.status.paid': { fr: 'Payée le {date}', en: 'Paid on {date}' },
  'ip.status.writtenOff': { fr: 'Abandonnée le {date}', en: 'Written off on {date}' },
  'ip.status.claimDeclared': {
    fr: 'Créance déclarée au mandataire : plus de relance',
    en: 'Claim declared to the insolvency practitioner: no more reminders',
  },
  'ip.status.declareClaim': {
    fr: 'Procédure collective : déclarer la créance avant le {date}',
    en: 'Insolvency: declare the claim before {date}',
  },
  'ip.status.notice': {
    fr: 'Mise en demeure envoyée le {sent} — délai jusqu’au {until}',
    en: 'Formal notice sent on {sent} — deadline {until}',
  },
  'ip.status.scheduled': { fr: '{name} prévue le {date}, {when}', en: '{name} planned on {date}, {when}' },
  'ip.status.notDue': { fr: 'À payer le {date}, {when}', en: 'Due on {date}, {when}' },
  'ip.status.dueToday': { fr: 'À payer aujourd’hui', en: 'Due today' },
  'ip.status.promise': {
    fr: 'Paiement promis pour le {date} : relances en pause',
    en: 'Payment promised for {date}: reminders paused',
  },
  'ip.status.announced': {
    fr: 'Virement annoncé le {date} : relances en pause jusqu’au {until}',
    en: 'Transfer announced on {date}: reminders paused until {until}',
  },
  'ip.status.dispute': {
    fr: 'En litige : relances suspendues, proposez une médiation',
    en: 'Disputed: reminders paused, offer mediation',
  },
  'ip.status.plan': {
    fr: 'Échéancier en cours : {amount} attendus le {date}',
    en: 'Payment plan running: {amount} expected on {date}',
  },
  'ip.status.excluded': {
    fr: 'Client exclu des relances depuis le {date}',
    en: 'Client excluded from reminders since {date}',
  },
  'ip.status.snoozed': { fr: 'Relance reportée au {date}', en: 'Reminder postponed to {date}' },
  'ip.status.complete': { fr: 'Toutes les étapes sont faites', en: 'Every step is done' },

  // When a ladder step happens, counted from today.
  'ip.when.today': { fr: 'aujourd’hui', en: 'today' },
  'ip.when.tomorrow': { fr: 'demain', en: 'tomorrow' },
  'ip.when.in': {
    fr: { one: 'dans {count} j', other: 'dans {count} j' },
    en: { one: 'in {count} day', other: 'in {count} days' },
  },
  'ip.when.late': {
    fr: { one: 'en retard de {count} j', other: 'en retard de {count} j' },
    en: { one: '{count} day late', other: '{count} days late' },
  },
  'ip.when.done': { fr: 'fait le {date}', en: 'done on {date}' },
  'ip.when.doneVia': { fr: 'fait le {date} par {channel}', en: 'done on {date} by {channel}' },
  'ip.when.skipped': { fr: 'passé le {date}', en: 'skipped on {date}' },
  'ip.when.passed': {
    fr: 'non fait : une étape suivante l’a remplacé',
    en: 'not done: a later step replaced it',
  },
  'ip.when.afterPrevious': { fr: 'après l’étape précédente', en: 'after the previous step' },
  'ip.when.paused': { fr: 'en pause', en: 'paused' },
  'ip.when.cancelled': { fr: 'plus nécessaire', en: 'no longer needed' },

  // The totals: every part, claimed or struck out with its reason.
  'ip.totals.title': { fr: 'Ce qui est dû au {date}', en: 'What is owed as of {date}' },
  'ip.totals.invoiced': { fr: 'Montant de la facture', en: 'Invoice amount' },
  'ip.totals.paid': { fr: 'Déjà payé', en: 'Already paid' },
  'ip.totals.principal': { fr: 'Reste dû', en: 'Still due' },
  'ip.totals.interest': { fr: 'Intérêts de retard', en: 'Late-payment interest' },
  'ip.totals.indemnity': {
    fr: 'Indemnité forfaitaire de recouvrement',
    en: 'Fixed recovery fee',
  },
  'ip.totals.claimed': { fr: 'Total réclamé', en: 'Total claimed' },
  'ip.totals.separate': {
    fr: 'En euros, en plus du total (C. com. D441-5)',
    en: 'In euros, on top of the total (C. com. D441-5)',
  },
  'ip.totals.details': { fr: 'Détail du calcul des intérêts', en: 'How the interest is computed' },
  // Interest is « ils » (réclamés), the fee « elle » (réclamée): one sentence each.
  'ip.why.laterStepInterest': {
    fr: 'Pas encore réclamés : le scénario les demande à partir de l’étape « {step} » ({day})',
    en: 'Not claimed yet: the scenario asks for it from the “{step}” step ({day})',
  },
  'ip.why.laterStepIndemnity': {
    fr: 'Pas encore réclamée : le scénario la demande à partir de l’étape « {step} » ({day})',
    en: 'Not claimed yet: the scenario asks for it from the “{step}” step ({day})',
  },
  'ip.why.interestMention': {
    fr: 'Non réclamés : la facture n’indique pas le taux des pénalités (C. com. L441-9)',
    en: 'Not claimed: the invoice does not state the penalty rate (C. com. L441-9)',
  },
  'ip.why.indemnityMention': {
    fr: 'Non réclamée : la facture ne mentionne pas l’indemnité de 40 € (C. com. L441-9)',
    en: 'Not claimed: the invoice does not mention the €40 fee (C. com. L441-9)',
  },
  'ip.why.consumerIndemnity': {
    fr: 'Non due : le client est un particulier (elle ne vaut qu’entre professionnels, C. com. D441-5)',
    en: 'Not owed: the client is a consumer (it applies between businesses only, C. com. D441-5)',
  },
  'ip.why.consumerInterest': {
    fr: 'Pas encore dus : pour un particulier, les intérêts courent à partir de la mise en demeure (C. civ. 1231-6)',
    en: 'Not owed yet: for a consumer, interest runs from the formal notice (C. civ. 1231-6)',
  },
  'ip.why.proceedings': {
    fr: 'Non réclamable : procédure collective en cours (C. com. L622-7)',
    en: 'Not claimed: insolvency proceedings are open (C. com. L622-7)',
  },

  // A paid invoice shows how it was paid.
  'ip.payment.title': { fr: 'Paiement', en: 'Payment' },
  'ip.payment.line': { fr: '{amount} reçus le {date}', en: '{amount} received on {date}' },
  'ip.payment.manual': { fr: 'enregistré à la main le {date}', en: 'recorded by hand on {date}' },
  'ip.payment.bank': {
    fr: 'rapproché du relevé bancaire {file} le {date}',
    en: 'matched with the bank statement {file} on {date}',
  },
  'ip.payment.bankLine': { fr: 'Libellé : {label}', en: 'Bank line: {label}' },
  'ip.payment.total': {
    fr: { one: '{amount} reçus en {count} paiement', other: '{amount} reçus en {count} paiements' },
    en: { one: '{amount} received in {count} payment', other: '{amount} received in {count} payments' },
  },
} as const satisfies Catalogue;
