/** The few words of the Gmail UI, in French and English (the content script stays small). */
const fr = {
  invoice: 'Facture',
  due: 'échéance',
  track: 'Suivre',
  trackTitle: 'Suivre cette facture',
  number: 'Numéro',
  amount: 'Montant TTC',
  issueDate: 'Date d’émission',
  dueDate: 'Date d’échéance',
  client: 'Client',
  email: 'E-mail du client',
  kind: 'Type de client',
  pro: 'Professionnel',
  particulier: 'Particulier',
  kindAsk: 'Professionnel ou particulier ? La loi applicable en dépend.',
  addressing: 'Dans les relances',
  tu: 'tutoyer',
  vous: 'vouvoyer',
  mentionsAsk: 'La facture mentionne :',
  mentionRate: 'le taux des pénalités de retard',
  mentionIndemnity: 'l’indemnité forfaitaire de 40 €',
  confirm: 'Suivre la facture',
  cancel: 'Annuler',
  late: 'En retard de {n} jours',
  lateOne: 'En retard de 1 jour',
  notDue: 'Échéance dans {n} jours',
  notDueOne: 'Échéance demain',
  dueToday: 'Échéance aujourd’hui',
  paid: 'Payée',
  remind: 'Relancer',
  markPaid: 'Marquer comme payée ?',
  markPaidYes: 'Oui, marquer payée',
  warnings: 'Points d’attention',
  required: 'À compléter : {fields}',
  error: 'Impossible d’enregistrer : {message}',
  inTab: 'Relance ouverte dans un onglet : notez l’envoi depuis le popup.',
  pdfUnread: 'PDF joint non lu dans ce navigateur : les valeurs viennent de l’e-mail, vérifiez-les.',
  pdfNeedsGrant:
    'Gmail envoie ses pièces jointes depuis une autre adresse : autorisez Échéance à les lire pour compléter la carte avec le PDF. En attendant, les valeurs viennent de l’e-mail.',
  grant: 'Autoriser…',
  notWritten: 'Gmail n’a pas gardé le texte de la relance : réessayez, ou collez-le depuis le popup.',
} as const;

type Key = keyof typeof fr;

const en: Record<Key, string> = {
  invoice: 'Invoice',
  due: 'due',
  track: 'Track',
  trackTitle: 'Track this invoice',
  number: 'Number',
  amount: 'Total incl. tax',
  issueDate: 'Issue date',
  dueDate: 'Due date',
  client: 'Client',
  email: 'Client email',
  kind: 'Client type',
  pro: 'Business',
  particulier: 'Consumer',
  kindAsk: 'Business or consumer? The applicable law depends on it.',
  addressing: 'In French reminders',
  tu: 'use “tu”',
  vous: 'use “vous”',
  mentionsAsk: 'The invoice states:',
  mentionRate: 'the late-payment penalty rate',
  mentionIndemnity: 'the €40 recovery fee',
  confirm: 'Track invoice',
  cancel: 'Cancel',
  late: '{n} days overdue',
  lateOne: '1 day overdue',
  notDue: 'Due in {n} days',
  notDueOne: 'Due tomorrow',
  dueToday: 'Due today',
  paid: 'Paid',
  remind: 'Send reminder',
  markPaid: 'Mark as paid?',
  markPaidYes: 'Yes, mark as paid',
  warnings: 'Things to check',
  required: 'Please fill in: {fields}',
  error: 'Could not save: {message}',
  inTab: 'Opened in a tab: record the sending from the popup.',
  pdfUnread:
    'The attached PDF could not be read in this browser: the values come from the email, please check them.',
  pdfNeedsGrant:
    'Gmail serves its attachments from another address: allow Échéance to read them to complete the card from the PDF. Until then, the values come from the email.',
  grant: 'Allow…',
  notWritten: 'Gmail did not keep the reminder’s text: try again, or paste it from the popup.',
};

export type GmailLang = 'fr' | 'en';
export type GmailT = (key: Key, values?: Record<string, string | number>) => string;

export function gmailT(lang: GmailLang): GmailT {
  const dict = lang === 'fr' ? fr : en;
  return (key, values) => dict[key].replace(/\{(\w+)\}/g, (_, k: string) => String(values?.[k] ?? ''));
}
