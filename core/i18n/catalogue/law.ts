/** The late-charges invoice, the rate forms and the written confirmation of a promise (issue #14). */
import type { Catalogue } from '../translate';

export const law = {
  'late.open': { fr: 'Pénalités de retard', en: 'Late-payment charges' },
  'late.title': { fr: 'Facture de pénalités de retard', en: 'Late-payment charges invoice' },
  'late.summary': {
    fr: 'Payée le {date}, {late} après l’échéance. Le retard rend exigibles :',
    en: 'Paid on {date}, {late} after the due date. The delay makes these payable:',
  },
  'late.days': {
    fr: { one: '{count} jour', other: '{count} jours' },
    en: { one: '{count} day', other: '{count} days' },
  },
  'late.interest': { fr: 'intérêts de retard', en: 'late-payment interest' },
  'late.indemnity': { fr: 'indemnité forfaitaire pour frais de recouvrement', en: 'fixed recovery fee' },
  'late.number': { fr: 'Numéro de cette facture', en: 'Number of this invoice' },
  'late.numberHint': {
    fr: 'Le numéro suivant de votre série de factures (numérotation continue).',
    en: 'The next number in your invoice sequence (numbering must be continuous).',
  },
  'late.numberMissing': {
    fr: 'Indiquez le numéro de la facture de pénalités.',
    en: 'Enter the number of the late-charges invoice.',
  },
  'late.pdf': {
    fr: 'Télécharger la facture de pénalités (PDF)',
    en: 'Download the late-charges invoice (PDF)',
  },
  'late.mail': { fr: 'Écrire l’e-mail qui l’accompagne', en: 'Write the email that goes with it' },
  'late.mailHint': { fr: 'Joignez-y le PDF téléchargé.', en: 'Attach the downloaded PDF.' },
  'late.none': {
    fr: 'Rien n’est dû pour le retard : facture payée à temps, particulier sans mise en demeure, ou procédure collective.',
    en: 'Nothing is owed for the delay: paid on time, a consumer without formal notice, or insolvency proceedings.',
  },
  'rate.clientLegend': {
    fr: 'Taux des pénalités convenu avec ce client',
    en: 'Late-payment rate agreed with this client',
  },
  'rate.clientNone': {
    fr: 'Rien de convenu (taux de la facture, sinon celui des réglages)',
    en: 'Nothing agreed (the invoice’s rate, else the settings’ one)',
  },
  'rate.invoiceTitle': { fr: 'Taux indiqué sur la facture', en: 'Rate stated on the invoice' },
  'rate.invoiceNone': {
    fr: 'Rien d’indiqué (taux du client ou des réglages, sinon le taux légal)',
    en: 'Nothing stated (the client’s or the settings’ rate, else the legal rate)',
  },
  'rate.save': { fr: 'Enregistrer le taux', en: 'Save the rate' },
  'rate.saved': {
    fr: 'Taux enregistré : les pénalités sont recalculées.',
    en: 'Rate saved: the penalties are computed again.',
  },
  'rate.invalid': {
    fr: 'Indiquez un nombre valable pour ce taux.',
    en: 'Enter a valid figure for this rate.',
  },
  'enclosures.label': { fr: 'Autres pièces jointes, une par ligne', en: 'Other enclosures, one per line' },
  'enclosures.hint': {
    fr: 'Devis ou contrat signé, conditions générales de vente, échanges où le client accepte la prestation.',
    en: 'Signed quote or contract, terms of sale, messages where the client accepts the work.',
  },
  'confirm.open': { fr: 'Confirmer la promesse par écrit', en: 'Confirm the promise in writing' },
  'confirm.saveAndOpen': { fr: 'Enregistrer et confirmer par écrit', en: 'Save and confirm in writing' },
  'confirm.promised': { fr: 'Promesse de paiement pour le {date}.', en: 'Payment promised for {date}.' },
  'confirm.hint': {
    fr: 'Un e-mail court qui reprend la date promise : il fait foi si le paiement ne vient pas.',
    en: 'A short email restating the promised date: it is evidence if the payment does not come.',
  },
} as const satisfies Catalogue;
