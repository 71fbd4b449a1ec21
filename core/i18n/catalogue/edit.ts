/** Issue #20: « Annuler », « Payée » with its date and amount, « Rouvrir », « Modifier », « Ne plus suivre ». */
import type { Catalogue } from '../translate';

export const edit = {
  // The toast after every action.
  'undo.button': { fr: 'Annuler', en: 'Undo' },
  'undo.left': { fr: '({seconds} s)', en: '({seconds} s)' },
  'undo.done': { fr: 'Action annulée.', en: 'Action undone.' },
  'undo.kind.paid': { fr: 'Paiement enregistré', en: 'Payment recorded' },
  'undo.kind.reopened': { fr: 'Facture rouverte', en: 'Invoice reopened' },
  'undo.kind.edited': { fr: 'Facture modifiée', en: 'Invoice changed' },
  'undo.kind.deleted': { fr: 'Facture retirée du suivi', en: 'Invoice no longer tracked' },
  'undo.kind.reminder': { fr: 'Relance enregistrée', en: 'Reminder recorded' },
  'undo.kind.rate': { fr: 'Taux enregistré', en: 'Rate saved' },
  'undo.kind.snoozed': { fr: 'Relances reportées', en: 'Reminders postponed' },
  'undo.kind.payments': { fr: 'Paiements enregistrés', en: 'Payments recorded' },
  'undo.kind.call': { fr: 'Appel enregistré', en: 'Call recorded' },
  'undo.kind.letter': { fr: 'Courrier enregistré', en: 'Letter recorded' },
  'undo.kind.notice': { fr: 'Mise en demeure enregistrée', en: 'Formal notice recorded' },
  'undo.kind.skipped': { fr: 'Étape passée', en: 'Step skipped' },
  'undo.kind.dispute': { fr: 'Litige enregistré', en: 'Dispute recorded' },
  'undo.kind.plan': { fr: 'Échéancier enregistré', en: 'Payment plan recorded' },
  'undo.kind.writtenOff': { fr: 'Créance abandonnée', en: 'Written off' },
  'undo.kind.other': { fr: 'Enregistré', en: 'Saved' },

  // « Payée » asks the date and the amount.
  'paid.title': { fr: 'Paiement reçu', en: 'Payment received' },
  'paid.date': { fr: 'Reçu le', en: 'Received on' },
  'paid.amount': { fr: 'Montant reçu', en: 'Amount received' },
  'paid.left': { fr: 'Reste dû : {amount}', en: 'Left to pay: {amount}' },
  'paid.partial': {
    fr: 'Paiement partiel : la facture reste ouverte pour {amount}.',
    en: 'Part payment: the invoice stays open for {amount}.',
  },
  'paid.save': { fr: 'Enregistrer le paiement', en: 'Record the payment' },
  'paid.cancel': { fr: 'Fermer', en: 'Close' },

  // The invoice page's tools.
  'edit.open': { fr: 'Modifier', en: 'Edit' },
  'edit.reopen': { fr: 'Rouvrir', en: 'Reopen' },
  'edit.remove': { fr: 'Ne plus suivre', en: 'Stop tracking' },
  'edit.removeHint': {
    fr: 'La facture, son historique et son PDF sont effacés d’Échéance (vous pourrez annuler pendant 10 secondes). Pour garder la trace d’une créance perdue, choisissez plutôt « Abandonner la créance ».',
    en: 'The invoice, its history and its PDF are erased from Échéance (you can undo for 10 seconds). To keep a record of a debt you gave up on, choose “Write off” instead.',
  },
  'edit.removeConfirm': { fr: 'Effacer cette facture', en: 'Erase this invoice' },
  'edit.removed': {
    fr: 'La facture {number} n’est plus suivie.',
    en: 'Invoice {number} is no longer tracked.',
  },
  'edit.title': { fr: 'Modifier la facture', en: 'Edit the invoice' },
  'edit.save': { fr: 'Enregistrer les modifications', en: 'Save the changes' },
  'edit.cancel': { fr: 'Fermer sans enregistrer', en: 'Close without saving' },
  'edit.clientScenario': { fr: 'Celui du client', en: 'The client’s' },
  'edit.recompute': {
    fr: 'Les étapes de relance et les pénalités seront recalculées.',
    en: 'The reminder steps and the late charges will be worked out again.',
  },
  'edit.field.number': { fr: 'Numéro', en: 'Number' },
  'edit.field.clientId': { fr: 'Client', en: 'Client' },
  'edit.field.issueDate': { fr: 'Date d’émission', en: 'Issue date' },
  'edit.field.dueDate': { fr: 'Date d’échéance', en: 'Due date' },
  'edit.field.paymentTerms': { fr: 'Conditions de paiement', en: 'Payment terms' },
  'edit.field.totalCents': { fr: 'Total TTC', en: 'Total incl. tax' },
  'edit.field.amountDueCents': { fr: 'Montant dû', en: 'Amount due' },
  'edit.field.currency': { fr: 'Devise', en: 'Currency' },
  'edit.field.mentions': { fr: 'Mentions', en: 'Statements' },
  'edit.field.mentions.dueDate': { fr: 'Mention : date d’échéance', en: 'Statement: due date' },
  'edit.field.mentions.penaltyRate': {
    fr: 'Mention : taux des pénalités de retard',
    en: 'Statement: late-payment interest rate',
  },
  'edit.field.mentions.recoveryIndemnity': {
    fr: 'Mention : indemnité forfaitaire de 40 €',
    en: 'Statement: the €40 recovery fee',
  },
  'edit.field.scenarioId': { fr: 'Scénario de relance', en: 'Reminder scenario' },
  'edit.amountHint': {
    fr: 'Montant dû : ce qui restait à payer quand la facture a été suivie (après acompte). Les paiements reçus depuis sont dans l’historique.',
    en: 'Amount due: what was left to pay when the invoice was first tracked (after any deposit). Payments received since are in the history.',
  },

  // Refusals: each names the field, and says what to type.
  'edit.err.required': { fr: '{field} : à remplir.', en: '{field}: please fill this in.' },
  'edit.err.amount': {
    fr: '{field} : tapez un montant, par exemple 1 250,00.',
    en: '{field}: type an amount, for example 1,250.00.',
  },
  'edit.err.date': {
    fr: '{field} : choisissez une date du calendrier.',
    en: '{field}: pick a date from the calendar.',
  },
  'edit.err.currency': {
    fr: '{field} : trois lettres, par exemple EUR.',
    en: '{field}: three letters, for example EUR.',
  },
  'edit.err.tooLong': { fr: '{field} : texte trop long.', en: '{field}: text too long.' },
  'edit.err.dueBeforeIssue': {
    fr: 'Date d’échéance : elle ne peut pas précéder la date d’émission ({date}).',
    en: 'Due date: it cannot come before the issue date ({date}).',
  },
  'edit.err.dueOverTotal': {
    fr: 'Montant dû : il ne peut pas dépasser le total TTC ({amount}).',
    en: 'Amount due: it cannot be more than the total incl. tax ({amount}).',
  },
  'edit.err.belowPaid': {
    fr: 'Montant dû : {paid} ont déjà été payés ; le montant dû ne peut pas être inférieur.',
    en: 'Amount due: {paid} has already been paid; the amount due cannot be lower.',
  },
  'edit.err.numberTaken': {
    fr: 'Numéro : la facture {number} existe déjà.',
    en: 'Number: invoice {number} already exists.',
  },
  'edit.err.unknownClient': {
    fr: 'Client : ce client n’existe plus, choisissez-en un autre.',
    en: 'Client: this client no longer exists, choose another.',
  },
  'edit.err.unknownScenario': {
    fr: 'Scénario de relance : ce scénario n’existe plus, choisissez-en un autre.',
    en: 'Reminder scenario: this scenario no longer exists, choose another.',
  },
  'paid.err.future': {
    fr: 'Reçu le : la date ne peut pas être après aujourd’hui.',
    en: 'Received on: the date cannot be after today.',
  },
  'paid.err.over': {
    fr: 'Montant reçu : il dépasse le reste dû ({amount}).',
    en: 'Amount received: it is more than what is left to pay ({amount}).',
  },
  'paid.err.nothingLeft': {
    fr: 'Cette facture est déjà entièrement payée.',
    en: 'This invoice is already paid in full.',
  },
  'edit.err.notClosed': {
    fr: 'Cette facture n’est ni payée ni abandonnée : il n’y a rien à rouvrir.',
    en: 'This invoice is neither paid nor written off: there is nothing to reopen.',
  },
  'edit.err.unknownInvoice': {
    fr: 'Cette facture n’est plus suivie.',
    en: 'This invoice is no longer tracked.',
  },

  // The history.
  'history.edited': { fr: 'Facture modifiée : {changes}', en: 'Invoice changed: {changes}' },
  'history.change': { fr: '{field} {from} → {to}', en: '{field} {from} → {to}' },
  'history.none': { fr: 'aucun', en: 'none' },
  'history.yes': { fr: 'oui', en: 'yes' },
  'history.no': { fr: 'non', en: 'no' },
  'history.reopenedPayment': {
    fr: 'Facture rouverte : le paiement de {amount} du {date} est retiré',
    en: 'Invoice reopened: the payment of {amount} on {date} is removed',
  },
  'history.reopenedWrittenOff': {
    fr: 'Facture rouverte : la créance n’est plus abandonnée',
    en: 'Invoice reopened: the debt is no longer written off',
  },
} as const satisfies Catalogue;
