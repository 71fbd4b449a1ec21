/**
 * Reminders that left for a mailbox: the « À confirmer » line for Outlook and the mail app (popup,
 * dashboard, digest), and the invoice PDF that goes with a reminder.
 */
import type { Catalogue } from '../translate';

export const sends = {
  'sends.confirm.today': {
    fr: 'À confirmer : relance à {client} ouverte aujourd’hui — envoyée ?',
    en: 'To confirm: reminder to {client} opened today — did it go?',
  },
  'sends.confirm.yesterday': {
    fr: 'À confirmer : relance à {client} ouverte hier — envoyée ?',
    en: 'To confirm: reminder to {client} opened yesterday — did it go?',
  },
  'sends.confirm.daysAgo': {
    fr: {
      one: 'À confirmer : relance à {client} ouverte il y a {count} jour — envoyée ?',
      other: 'À confirmer : relance à {client} ouverte il y a {count} jours — envoyée ?',
    },
    en: {
      one: 'To confirm: reminder to {client} opened {count} day ago — did it go?',
      other: 'To confirm: reminder to {client} opened {count} days ago — did it go?',
    },
  },
  'sends.confirm.yes': { fr: 'Oui', en: 'Yes' },
  'sends.confirm.no': { fr: 'Non, pas envoyée', en: 'No, not sent' },
  'sends.confirm.where': {
    fr: 'Ouverte dans {target}. Factures : {numbers}.',
    en: 'Opened in {target}. Invoices: {numbers}.',
  },
  'sends.target.outlook': { fr: 'Outlook sur le web', en: 'Outlook on the web' },
  'sends.target.mailto': { fr: 'votre logiciel de messagerie', en: 'your mail app' },
  'sends.confirm.attachByHand': {
    fr: 'Joignez-y la facture en PDF vous-même : {target} ne la reçoit pas d’Échéance.',
    en: 'Attach the invoice PDF yourself: {target} does not get it from Échéance.',
  },
  'sends.confirm.list': { fr: 'Envois à confirmer', en: 'Sends to confirm' },
  'sends.digest.confirm': {
    fr: {
      one: '{count} relance ouverte attend votre confirmation.',
      other: '{count} relances ouvertes attendent votre confirmation.',
    },
    en: {
      one: '{count} opened reminder is waiting for your confirmation.',
      other: '{count} opened reminders are waiting for your confirmation.',
    },
  },
  'sends.attach.setting': {
    fr: 'Joindre la facture en PDF aux relances écrites dans Gmail',
    en: 'Attach the invoice PDF to reminders written in Gmail',
  },
  'sends.attach.hint': {
    fr: 'Quand la facture est enregistrée en PDF, Gmail la reçoit en pièce jointe, relance comme mise en demeure.',
    en: 'When the invoice is stored as a PDF, Gmail gets it as an attachment, for reminders and the formal notice alike.',
  },
} as const satisfies Catalogue;
