/**
 * Our reminder text for a step, in two forms from one layout: filled for a reminder, and as a
 * template with `{variables}` where the facts go, for the editor to start from (and to go back
 * to). The sentences are the phrasebooks' own, written once.
 */
import type { Addressing, Language, StepAction, TemplateVariable, TemplateVoice, Tone } from '../model';
import { en } from './en';
import { frTu } from './fr-tu';
import { frVous } from './fr-vous';
import type { Phrasebook, Vars } from './types';

export function phrasebookFor(lang: Language, addressing: Addressing): Phrasebook {
  if (lang === 'en') return en;
  return addressing === 'tu' ? frTu : frVous;
}

const BOOKS: Record<TemplateVoice, Phrasebook> = { 'fr-tu': frTu, 'fr-vous': frVous, en };

/** The paragraphs of a written reminder; `x` gives a variable's text (a value or `{name}`). */
export function ourBody(
  book: Phrasebook,
  v: Vars,
  action: Exclude<StepAction, 'phone'>,
  tone: Tone,
  x: (name: TemplateVariable) => string,
): string {
  const ask =
    action === 'formal_notice'
      ? book.askFormalNotice(v)
      : action === 'court_filing'
        ? book.askCourtFiling(v)
        : book.ask[tone](v);
  return [
    x('greeting'),
    book.opening[action][tone](v),
    x('invoice_list'),
    x('broken_promise'),
    x('missed_plan'),
    x('history'),
    x('penalties'),
    ask,
    x('payment'),
    `${x('closing')}\n${x('signature')}`,
  ].join('\n\n');
}

const token = (name: TemplateVariable) => `{${name}}`;

/** Facts as variables: the sentences around them are ours, for one invoice of a company. */
const TOKEN_VARS: Vars = {
  clientName: token('client'),
  firstName: token('first_name'),
  count: 1,
  numbers: token('invoice_numbers'),
  lines: [],
  amountDue: token('amount_due'),
  dueDate: token('due_date'),
  daysLate: 2,
  daysLateText: token('days_late'),
  interest: null,
  indemnity: null,
  indemnityApart: false,
  indemnityPerInvoice: '',
  totalClaimed: token('total_claimed'),
  clientKind: 'pro',
  formalNoticeDate: null,
  history: [],
  promise: null,
  missedInstallment: null,
  iban: null,
  bic: null,
  paymentLink: null,
  signature: token('signature'),
  senderName: token('sender_name'),
  phone: token('phone'),
  deadlineDays: 8,
  deadlineDaysText: token('deadline_days'),
  deadlineDate: token('deadline_date'),
};

/** Our text for a step as the editor shows it: what « Revenir au texte d’origine » restores. */
export function defaultTemplate(
  action: StepAction,
  tone: Tone,
  voice: TemplateVoice,
): { subject: string; body: string } {
  const book = BOOKS[voice];
  const subject = book.subject[action][tone](TOKEN_VARS);
  const body =
    action === 'phone' ? book.callScript(tone, TOKEN_VARS) : ourBody(book, TOKEN_VARS, action, tone, token);
  return { subject, body };
}
