/** The template editor (components/settings/TemplateEditor) and the scenario's penalty step. */
import type { Catalogue } from '../translate';

export const templates = {
  'tpl.title': { fr: 'Textes des relances', en: 'Reminder texts' },
  'tpl.intro': {
    fr: 'Réécrivez le texte de chaque étape avec vos mots. Les variables entre accolades sont remplacées par les informations de la facture au moment de la relance.',
    en: 'Rewrite the text of each step in your own words. The variables in braces are replaced by the invoice’s details when the reminder is written.',
  },
  'tpl.severalOurs': {
    fr: 'Ce texte sert aux relances d’une seule facture. Quand une relance en regroupe plusieurs, Échéance écrit la sienne, accordée au pluriel.',
    en: 'This text is used for reminders about one invoice. When a reminder groups several, Échéance writes its own, in the plural.',
  },
  'tpl.voice': { fr: 'Pour les clients', en: 'For clients' },
  'tpl.voice.fr-tu': { fr: 'en français, tutoyés', en: 'in French, with « tu »' },
  'tpl.voice.fr-vous': { fr: 'en français, vouvoyés', en: 'in French, with « vous »' },
  'tpl.voice.en': { fr: 'en anglais', en: 'in English' },
  'tpl.action': { fr: 'Étape', en: 'Step' },
  'tpl.tone': { fr: 'Ton', en: 'Tone' },
  'tpl.subject': { fr: 'Objet', en: 'Subject' },
  'tpl.subjectLabel': { fr: 'Objet :', en: 'Subject:' },
  'tpl.body': { fr: 'Texte', en: 'Text' },
  'tpl.custom': { fr: 'Votre texte', en: 'Your text' },
  'tpl.ours': { fr: 'Texte d’origine', en: 'Original text' },
  'tpl.variables': {
    fr: 'Variables (un clic l’insère à la place du curseur)',
    en: 'Variables (a click inserts it at the cursor)',
  },
  'tpl.insert': { fr: 'Insérer {name} : {what}', en: 'Insert {name}: {what}' },
  'tpl.reset': { fr: 'Revenir au texte d’origine', en: 'Back to the original text' },
  'tpl.saved': {
    fr: 'Texte enregistré : la prochaine relance de cette étape l’utilisera.',
    en: 'Text saved: the next reminder of this step will use it.',
  },
  'tpl.resetDone': { fr: 'Texte d’origine rétabli.', en: 'Original text restored.' },
  'tpl.unknown': {
    fr: {
      one: 'Variable inconnue : {names}. Choisissez-la dans la liste.',
      other: '{count} variables inconnues : {names}. Choisissez-les dans la liste.',
    },
    en: {
      one: 'Unknown variable: {names}. Pick it from the list.',
      other: '{count} unknown variables: {names}. Pick them from the list.',
    },
  },
  'tpl.empty': {
    fr: 'L’objet et le texte ne peuvent pas être vides.',
    en: 'The subject and the text cannot be empty.',
  },
  'tpl.preview': { fr: 'Aperçu', en: 'Preview' },
  'tpl.preview.real': {
    fr: 'Sur votre facture {number} de {client}, telle que la relance partirait aujourd’hui.',
    en: 'On your invoice {number} for {client}, as the reminder would go out today.',
  },
  'tpl.preview.sample': {
    fr: 'Sur une facture d’exemple (aucune facture impayée suivie pour l’instant).',
    en: 'On a sample invoice (no unpaid invoice tracked yet).',
  },
  'tpl.var.greeting': { fr: 'la salutation, selon le ton', en: 'the greeting, in the step’s tone' },
  'tpl.var.client': { fr: 'le nom du client', en: 'the client’s name' },
  'tpl.var.first_name': { fr: 'le prénom du contact', en: 'the contact’s first name' },
  'tpl.var.invoice_numbers': { fr: 'le ou les numéros de facture', en: 'the invoice number, or the numbers' },
  'tpl.var.amount_due': { fr: 'le montant restant dû', en: 'the amount still due' },
  'tpl.var.due_date': { fr: 'la date d’échéance', en: 'the due date' },
  'tpl.var.days_late': { fr: 'le retard, en jours', en: 'how late, in days' },
  'tpl.var.invoice_list': { fr: 'la liste des factures concernées', en: 'the list of invoices concerned' },
  'tpl.var.broken_promise': {
    fr: 'la promesse non tenue, s’il y en a une',
    en: 'the broken promise, if any',
  },
  'tpl.var.missed_plan': {
    fr: 'l’échéancier non respecté, s’il y en a un',
    en: 'the missed payment plan, if any',
  },
  'tpl.var.history': { fr: 'les relances déjà envoyées', en: 'the reminders already sent' },
  'tpl.var.penalties': {
    fr: 'les pénalités et les 40 €, à partir de l’étape choisie',
    en: 'the penalties and the €40, from the chosen step on',
  },
  'tpl.var.total_claimed': { fr: 'le total réclamé', en: 'the total claimed' },
  'tpl.var.deadline_date': { fr: 'la date limite de paiement', en: 'the payment deadline' },
  'tpl.var.deadline_days': { fr: 'le délai de paiement, en jours', en: 'the time to pay, in days' },
  'tpl.var.payment': { fr: 'les coordonnées de paiement', en: 'the payment details' },
  'tpl.var.closing': { fr: 'la formule de fin, selon le ton', en: 'the closing line, in the step’s tone' },
  'tpl.var.signature': { fr: 'votre signature', en: 'your signature' },
  'tpl.var.sender_name': { fr: 'votre nom', en: 'your name' },
  'tpl.var.phone': { fr: 'le téléphone du client', en: 'the client’s phone' },
  'tpl.penaltiesFrom': {
    fr: 'Pénalités de retard et indemnité de 40 € réclamées à partir de l’étape',
    en: 'Late-payment penalties and the €40 fee claimed from the step',
  },
  'tpl.penaltiesFrom.default': {
    fr: 'la mise en demeure (conseillé)',
    en: 'the formal notice (advised)',
  },
} as const satisfies Catalogue;
