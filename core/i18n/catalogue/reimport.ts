/** The invoice import's column step and what a re-import changes (counts through Intl.PluralRules). */
import type { Catalogue } from '../translate';

export const reimport = {
  'csv.map.title': { fr: 'Colonnes lues', en: 'Columns read' },
  'csv.map.auto': {
    fr: 'Reconnues d’après les en-têtes de votre fichier.',
    en: 'Recognised from your file’s headers.',
  },
  'csv.map.saved': {
    fr: 'Les colonnes que vous aviez choisies pour ce format de fichier.',
    en: 'The columns you chose for this file layout.',
  },
  'csv.map.ask': {
    fr: 'Nous n’avons pas reconnu toutes les colonnes utiles. Indiquez-les une fois : elles seront retenues pour les prochains fichiers de même format.',
    en: 'We did not recognise every column we need. Point them out once: they will be remembered for the next files of this layout.',
  },
  'csv.map.edit': { fr: 'Modifier les colonnes', en: 'Change the columns' },
  'csv.map.none': { fr: '— aucune —', en: '— none —' },
  'csv.map.apply': { fr: 'Lire avec ces colonnes', en: 'Read with these columns' },
  'csv.map.needed': { fr: 'obligatoire', en: 'required' },
  'csv.map.col.numero': { fr: 'Numéro de facture', en: 'Invoice number' },
  'csv.map.col.client': { fr: 'Client', en: 'Client' },
  'csv.map.col.email': { fr: 'E-mail du client', en: 'Client email' },
  'csv.map.col.montant_ttc': { fr: 'Montant TTC', en: 'Total incl. VAT' },
  'csv.map.col.date_emission': { fr: 'Date d’émission', en: 'Issue date' },
  'csv.map.col.date_echeance': { fr: 'Échéance', en: 'Due date' },
  'csv.map.col.type_client': { fr: 'Type de client', en: 'Client type' },
  'csv.map.col.reste_du': { fr: 'Reste à payer', en: 'Amount left to pay' },
  'csv.map.col.telephone': { fr: 'Téléphone', en: 'Phone' },
  'csv.map.col.adresse': { fr: 'Adresse', en: 'Address' },
  'csv.map.col.siren': { fr: 'SIREN / SIRET', en: 'SIREN / SIRET' },
  'csv.map.col.statut': { fr: 'Statut', en: 'Status' },
  'csv.map.col.montant_regle': { fr: 'Montant réglé', en: 'Amount paid' },
  'csv.map.col.date_paiement': { fr: 'Date de paiement', en: 'Payment date' },
  'csv.map.col.type_document': { fr: 'Type de document', en: 'Document type' },
  'csv.diff.title': { fr: 'Ce que ce fichier change', en: 'What this file changes' },
  'csv.diff.new': {
    fr: { one: '{count} nouvelle facture à suivre', other: '{count} nouvelles factures à suivre' },
    en: { one: '{count} new invoice to track', other: '{count} new invoices to track' },
  },
  'csv.diff.payments': {
    fr: {
      one: '{count} paiement relevé dans votre outil',
      other: '{count} paiements relevés dans votre outil',
    },
    en: { one: '{count} payment recorded in your tool', other: '{count} payments recorded in your tool' },
  },
  'csv.diff.amounts': {
    fr: { one: '{count} montant modifié', other: '{count} montants modifiés' },
    en: { one: '{count} amount changed', other: '{count} amounts changed' },
  },
  'csv.diff.cancelled': {
    fr: { one: '{count} facture annulée, à clore', other: '{count} factures annulées, à clore' },
    en: { one: '{count} cancelled invoice, to close', other: '{count} cancelled invoices, to close' },
  },
  'csv.diff.aside': {
    fr: {
      one: '{count} facture déjà payée, annulée ou en brouillon : laissée de côté',
      other: '{count} factures déjà payées, annulées ou en brouillon : laissées de côté',
    },
    en: {
      one: '{count} invoice already paid, cancelled or in draft: set aside',
      other: '{count} invoices already paid, cancelled or in draft: set aside',
    },
  },
  'csv.diff.kept': {
    fr: {
      one: '{count} facture où Échéance connaît plus de paiements que votre outil : rien n’y est changé',
      other: '{count} factures où Échéance connaît plus de paiements que votre outil : rien n’y est changé',
    },
    en: {
      one: '{count} invoice where Échéance knows of more payments than your tool: left unchanged',
      other: '{count} invoices where Échéance knows of more payments than your tool: left unchanged',
    },
  },
  'csv.diff.same': {
    fr: {
      one: '{count} facture déjà suivie, sans changement',
      other: '{count} factures déjà suivies, sans changement',
    },
    en: {
      one: '{count} invoice already tracked, unchanged',
      other: '{count} invoices already tracked, unchanged',
    },
  },
  'csv.diff.payment': { fr: 'Paiement de {amount} le {date}', en: 'Payment of {amount} on {date}' },
  'csv.diff.amount': { fr: 'Montant : {from} → {to}', en: 'Amount: {from} → {to}' },
  'csv.diff.cancel': {
    fr: 'Annulée dans votre outil : la facture sera close, sans relance',
    en: 'Cancelled in your tool: the invoice will be closed, no more reminders',
  },
  'csv.diff.left': { fr: 'reste {amount}', en: '{amount} left' },
  'csv.diff.keptRow': {
    fr: 'Votre outil indique {tool} restant dû, Échéance {ours} : gardé tel quel',
    en: 'Your tool says {tool} is left, Échéance {ours}: kept as it is',
  },
  'csv.diff.note': { fr: 'Relevé dans l’export « {file} »', en: 'Recorded from the export “{file}”' },
  'csv.kind.title': { fr: 'Professionnel ou particulier ?', en: 'Business or individual?' },
  'csv.kind.help': {
    fr: 'Rien dans le fichier ne le dit pour ces clients. La réponse compte : les pénalités et l’indemnité de 40 € ne s’appliquent qu’entre professionnels.',
    en: 'Nothing in the file says so for these clients. It matters: late-payment penalties and the €40 fee apply between businesses only.',
  },
  'csv.kind.invoices': {
    fr: { one: '{count} facture', other: '{count} factures' },
    en: { one: '{count} invoice', other: '{count} invoices' },
  },
  'csv.kind.choose': { fr: 'Choisir…', en: 'Choose…' },
  'csv.kind.pro': { fr: 'Professionnel', en: 'Business' },
  'csv.kind.particulier': { fr: 'Particulier', en: 'Individual' },
  'csv.kind.public': { fr: 'Organisme public', en: 'Public body' },
  'csv.kind.pending': {
    fr: {
      one: 'Répondez pour {count} client avant d’importer.',
      other: 'Répondez pour {count} clients avant d’importer.',
    },
    en: {
      one: 'Answer for {count} client before importing.',
      other: 'Answer for {count} clients before importing.',
    },
  },
  'csv.confirm': {
    fr: { one: 'Confirmer : {count} changement', other: 'Confirmer : {count} changements' },
    en: { one: 'Confirm: {count} change', other: 'Confirm: {count} changes' },
  },
  'csv.row.left': { fr: 'Reste dû', en: 'Left to pay' },
  'csv.row.status': { fr: 'Dans votre outil', en: 'In your tool' },
  'csv.row.aside': { fr: 'Laissée de côté : rien à relancer', en: 'Set aside: nothing to chase' },
  'csv.status.paid': { fr: 'payée', en: 'paid' },
  'csv.status.partial': { fr: 'partiellement payée', en: 'partially paid' },
  'csv.status.late': { fr: 'en retard', en: 'overdue' },
  'csv.status.sent': { fr: 'envoyée', en: 'sent' },
  'csv.status.cancelled': { fr: 'annulée', en: 'cancelled' },
  'csv.status.draft': { fr: 'brouillon', en: 'draft' },
  'csv.done.updated': {
    fr: { one: '{count} facture suivie mise à jour.', other: '{count} factures suivies mises à jour.' },
    en: { one: '{count} tracked invoice updated.', other: '{count} tracked invoices updated.' },
  },
  'csv.error.xlsx': {
    fr: 'Ce fichier Excel n’a pas pu être lu. Enregistrez-le à nouveau en .xlsx ou en CSV, puis réessayez.',
    en: 'This Excel file could not be read. Save it again as .xlsx or CSV, then try again.',
  },
} as const satisfies Catalogue;
