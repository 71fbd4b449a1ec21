/** The review page of the Sent-list pass (issue #19, « Bring in the past months from Gmail »). */
import type { Catalogue } from '../translate';

export const gmailReview = {
  'gmailReview.title': {
    fr: 'Factures repérées dans vos e-mails envoyés',
    en: 'Invoices spotted in your sent emails',
  },
  'gmailReview.lead': {
    fr: 'Cochez celles que vous voulez suivre et complétez ce que la liste de Gmail ne montre pas. Pour chacune, dites où vous en êtes : les relances partiront de là.',
    en: 'Tick the ones you want to track and fill in what Gmail’s list does not show. For each, say where you are: reminders will start from there.',
  },
  'gmailReview.none': {
    fr: 'Aucune facture à passer en revue : rouvrez la liste « Envoyés » de Gmail et cliquez sur « Les passer en revue ».',
    en: 'No invoice to review: open Gmail’s Sent list again and click « Review them ».',
  },
  'gmailReview.skipped': {
    fr: {
      one: '{count} facture déjà suivie n’est pas reprise.',
      other: '{count} factures déjà suivies ne sont pas reprises.',
    },
    en: {
      one: '{count} invoice already tracked is left out.',
      other: '{count} invoices already tracked are left out.',
    },
  },
  'gmailReview.choose': { fr: 'Suivre', en: 'Track' },
  'gmailReview.subject': { fr: 'Objet', en: 'Subject' },
  'gmailReview.number': { fr: 'Numéro', en: 'Number' },
  'gmailReview.client': { fr: 'Client', en: 'Client' },
  'gmailReview.email': { fr: 'E-mail', en: 'Email' },
  'gmailReview.kind': { fr: 'Type de client', en: 'Client type' },
  'gmailReview.kindPick': { fr: 'À choisir', en: 'To choose' },
  'gmailReview.pro': { fr: 'Professionnel', en: 'Business' },
  'gmailReview.particulier': { fr: 'Particulier', en: 'Consumer' },
  'gmailReview.public': { fr: 'Acheteur public', en: 'Public body' },
  'gmailReview.amount': { fr: 'Montant TTC', en: 'Total incl. tax' },
  'gmailReview.amountToType': { fr: 'à saisir', en: 'to type' },
  'gmailReview.amountHint': {
    fr: 'La liste ne montre pas le montant : saisissez celui de la facture.',
    en: 'The list does not show the amount: type the invoice’s.',
  },
  'gmailReview.dueDate': { fr: 'Échéance', en: 'Due date' },
  'gmailReview.dueGuessed': {
    fr: 'Délai légal de 30 jours après l’envoi, faute d’autre date : à vérifier.',
    en: 'The legal 30 days after sending, for want of another date: please check.',
  },
  'gmailReview.sent': { fr: 'Envoyée le {date}', en: 'Sent on {date}' },
  'gmailReview.last': { fr: 'Dernier message le {date}', en: 'Last message on {date}' },
  'gmailReview.messages': {
    fr: { one: '{count} message', other: '{count} messages' },
    en: { one: '{count} message', other: '{count} messages' },
  },
  'gmailReview.where': { fr: 'Où en êtes-vous ?', en: 'Where are you at?' },
  'gmailReview.reached.nothing': {
    fr: 'Rien envoyé depuis la facture',
    en: 'Nothing sent since the invoice',
  },
  'gmailReview.reached.email': { fr: 'Déjà relancé par e-mail', en: 'Already reminded by email' },
  'gmailReview.reached.call': { fr: 'Déjà appelé', en: 'Already called' },
  'gmailReview.reached.formal_notice': { fr: 'Mise en demeure envoyée', en: 'Formal notice sent' },
  'gmailReview.on': { fr: 'Le', en: 'On' },
  'gmailReview.fromThread': {
    fr: 'D’après le fil : votre dernier message, le {date}.',
    en: 'From the thread: your last message, on {date}.',
  },
  'gmailReview.submit': {
    fr: { one: 'Suivre {count} facture', other: 'Suivre les {count} factures' },
    en: { one: 'Track {count} invoice', other: 'Track the {count} invoices' },
  },
  'gmailReview.pickOne': { fr: 'Cochez au moins une facture.', en: 'Tick at least one invoice.' },
  'gmailReview.fix': {
    fr: 'Ligne {row} ({subject}) : {fields}.',
    en: 'Row {row} ({subject}): {fields}.',
  },
  'gmailReview.fixLead': {
    fr: 'Rien n’a été enregistré. À compléter d’abord :',
    en: 'Nothing was saved. To complete first:',
  },
  'gmailReview.field.number': { fr: 'le numéro', en: 'the number' },
  'gmailReview.field.clientName': { fr: 'le nom du client', en: 'the client’s name' },
  'gmailReview.field.clientEmail': { fr: 'une adresse e-mail valable', en: 'a valid email address' },
  'gmailReview.field.clientKind': { fr: 'le type de client', en: 'the client type' },
  'gmailReview.field.amount': { fr: 'le montant', en: 'the amount' },
  'gmailReview.field.dueDate': { fr: 'la date d’échéance', en: 'the due date' },
  'gmailReview.field.on': { fr: 'la date de votre dernière démarche', en: 'the date of your last step' },
  'gmailReview.failed': {
    fr: 'Rien n’a été enregistré : {reason}',
    en: 'Nothing was saved: {reason}',
  },
  'gmailReview.done': {
    fr: { one: '{count} facture suivie.', other: '{count} factures suivies.' },
    en: { one: '{count} invoice tracked.', other: '{count} invoices tracked.' },
  },
  'gmailReview.toDashboard': { fr: 'Voir vos factures', en: 'See your invoices' },
} as const satisfies Catalogue;
