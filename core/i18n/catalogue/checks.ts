/**
 * Settings and import screens added after their areas were written: the Gmail attachments
 * section and the PDF/XML cross-check under an imported row.
 */
import type { Catalogue } from '../translate';

export const checks = {
  'attach.title': { fr: 'Pièces jointes Gmail', en: 'Gmail attachments' },
  'attach.intro': {
    fr: 'Gmail envoie les pièces jointes depuis mail-attachment.googleusercontent.com. Pour lire le PDF d’une facture et compléter la carte dans Gmail (montant, échéance, mentions), Échéance a besoin de lire cette adresse, et seulement elle.',
    en: 'Gmail serves attachments from mail-attachment.googleusercontent.com. To read an invoice’s PDF and complete the card in Gmail (amount, due date, mentions), Échéance needs to read that address, and only that one.',
  },
  'attach.granted': {
    fr: 'Autorisé : les PDF joints sont lus sur votre ordinateur.',
    en: 'Allowed: attached PDFs are read on your computer.',
  },
  'attach.notGranted': {
    fr: 'Non autorisé : la carte reprend les valeurs de l’e-mail.',
    en: 'Not allowed: the card uses the email’s values.',
  },
  'attach.asking': {
    fr: 'Répondez à la demande de votre navigateur.',
    en: 'Please answer your browser’s request.',
  },
  'attach.refused': {
    fr: 'Le navigateur n’a pas accordé l’accès : rien n’a changé.',
    en: 'The browser did not grant access: nothing changed.',
  },
  'attach.allow': { fr: 'Autoriser la lecture des pièces jointes', en: 'Allow reading attachments' },
  'attach.revoke': { fr: 'Retirer l’autorisation', en: 'Remove permission' },

  'cross.title': {
    fr: 'Le PDF et son XML Factur-X ne disent pas la même chose',
    en: 'The PDF and its Factur-X XML do not say the same thing',
  },
  'cross.line': {
    fr: '{field} : la page affiche « {page} », le XML « {xml} ».',
    en: '{field}: the page shows “{page}”, the XML “{xml}”.',
  },
  'cross.taken': {
    fr: 'Les valeurs reprises ci-dessus sont celles du XML, les données structurées de la facture. Vérifiez-les avant de suivre cette facture : un fichier dont la page et le XML divergent a pu être modifié.',
    en: 'The values above are the XML’s, the invoice’s structured data. Check them before tracking this invoice: a file whose page and XML differ may have been altered.',
  },
  'cross.iban': {
    fr: 'L’IBAN n’est pas repris : vos relances donnent celui de vos réglages.',
    en: 'The IBAN is not taken: your reminders give the one in your settings.',
  },
  'cross.field.number': { fr: 'N°', en: 'No.' },
  'cross.field.totalCents': { fr: 'Montant TTC', en: 'Total incl. tax' },
  'cross.field.amountDueCents': { fr: 'Net à payer', en: 'Amount due' },
  'cross.field.dueDate': { fr: 'Échéance', en: 'Due date' },
  'cross.field.iban': { fr: 'IBAN', en: 'IBAN' },

  'sites.invalidAddress': {
    fr: 'Adresse invalide : une adresse https:// d’un site précis est attendue (par ex. https://factures.mon-domaine.fr), sans * ni nom sans point comme localhost.',
    en: 'Invalid address: the https:// address of one site is expected (e.g. https://invoices.my-domain.com), with no * and not a dotless name like localhost.',
  },
} as const satisfies Catalogue;
