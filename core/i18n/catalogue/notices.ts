/** What the browser's notifications say (built by core/notify, shown by the background). */
import type { Catalogue } from '../translate';

export const notices = {
  'notice.digest.title': {
    fr: {
      one: '{count} relance à faire aujourd’hui — {total}',
      other: '{count} relances à faire aujourd’hui — {total}',
    },
    en: {
      one: '{count} reminder to send today — {total}',
      other: '{count} reminders to send today — {total}',
    },
  },
  'notice.digest.message': {
    fr: 'Ouvrez Échéance pour les rédiger en un clic.',
    en: 'Open Échéance to write them in one click.',
  },
  'notice.remind': { fr: 'Relancer', en: 'Send reminder' },
  'notice.later': { fr: 'Plus tard', en: 'Later' },
  // The digest that only asks whether opened reminders went out: opens the list where it is asked.
  'notice.answer': { fr: 'Répondre', en: 'Answer' },
  'notice.amountDue': { fr: 'Reste dû : {amount}', en: 'Amount due: {amount}' },
  'notice.formal_notice': {
    fr: 'Mise en demeure à envoyer : facture {number} de {client}',
    en: 'Formal notice due: invoice {number} from {client}',
  },
  'notice.court_filing': {
    fr: 'Injonction de payer à préparer : facture {number} de {client}',
    en: 'Court order to prepare: invoice {number} from {client}',
  },
  'notice.claim-deadline': {
    fr: 'Déclarez la créance {number} ({client}) au mandataire avant le {date}',
    en: 'Declare claim {number} ({client}) to the administrator before {date}',
  },
  'notice.prescription-3m': {
    fr: 'Prescription dans 3 mois : facture {number} de {client} (le {date})',
    en: 'Time limit in 3 months: invoice {number} from {client} ({date})',
  },
  'notice.prescription-1m': {
    fr: 'Prescription dans 1 mois : facture {number} de {client} (le {date})',
    en: 'Time limit in 1 month: invoice {number} from {client} ({date})',
  },
} as const satisfies Catalogue;
