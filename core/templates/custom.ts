/**
 * The user's own reminder texts (core/model/template.ts): the value of each variable for one
 * reminder, the filling of a text, and our text written as a template, which the editor starts
 * from and « Revenir au texte d’origine » restores.
 */
import type {
  Addressing,
  CustomTemplate,
  Language,
  Settings,
  StepAction,
  TemplateVariable,
  TemplateVoice,
  Tone,
} from '../model';
import { paymentLinkSentence } from './payment';
import type { Phrasebook, Register, Vars } from './types';

export const voiceOf = (lang: Language, addressing: Addressing): TemplateVoice =>
  lang === 'en' ? 'en' : addressing === 'tu' ? 'fr-tu' : 'fr-vous';

/** The user's text for this step, or undefined: ours is used. */
export function customTemplateFor(
  settings: Pick<Settings, 'templates'>,
  action: StepAction,
  tone: Tone,
  voice: TemplateVoice,
): CustomTemplate | undefined {
  return settings.templates?.find((t) => t.action === action && t.tone === tone && t.voice === voice);
}

/** « Bonjour Camille » ends cordially; « Madame, Monsieur » on « salutations distinguées ». */
export function registerOf(action: StepAction, tone: Tone): Register {
  if (action === 'formal_notice' || action === 'court_filing') return 'solemn';
  return action !== 'email' || tone === 'formal' ? 'formal' : 'plain';
}

/** Every variable's text for one reminder; blocks that do not apply are empty. */
export function variableValues(
  book: Phrasebook,
  v: Vars,
  ctx: { action: StepAction; tone: Tone; lang: Language; addressing: Addressing },
): Record<TemplateVariable, string> {
  const register = registerOf(ctx.action, ctx.tone);
  return {
    greeting: book.greeting(v, register),
    client: v.clientName,
    first_name: v.firstName ?? '',
    invoice_numbers: v.numbers,
    amount_due: v.amountDue,
    due_date: v.dueDate,
    days_late: v.daysLateText,
    invoice_list: [book.invoicesHeading(v), ...v.lines.map(book.invoiceLine)].join('\n'),
    broken_promise: v.promise ? book.brokenPromise(v) : '',
    missed_plan: v.missedInstallment ? book.brokenPlan(v) : '',
    history: v.history.length ? book.history(v) : '',
    // buildVars leaves interest and the 40 € out when this step does not claim them.
    penalties: v.interest || v.indemnity ? book.penalties(v) : '',
    total_claimed: v.totalClaimed,
    deadline_date: v.deadlineDate,
    deadline_days: v.deadlineDaysText,
    payment: [book.payment(v), paymentLinkSentence(v.paymentLink, ctx.lang, ctx.addressing)]
      .filter(Boolean)
      .join('\n'),
    closing: book.closing(v, register, ctx.tone),
    signature: v.signature ?? '',
    sender_name: v.senderName ?? '',
    phone: v.phone ?? '',
  };
}

/**
 * The text with its variables replaced, in one pass: a client named « {signature} » stays as
 * written. A block that is empty here (no history, no penalties yet) leaves no blank hole.
 */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  const filled = text.replace(/\{([a-z_]+)\}/g, (hole, name: string) => values[name] ?? hole);
  return filled
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
