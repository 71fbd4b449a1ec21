/**
 * Renders a reminder (subject + plain-text body) for one or several overdue invoices of one
 * client. Amounts come from core/dunning's claim (core/law underneath): interest and the 40 €
 * appear only when they may be claimed. French amounts keep Intl's no-break spaces, so that
 * « 1 500,00 € » never wraps in Gmail.
 */
import { addDays, daysBetween, earliestDate, formatDate } from '../dates';
import {
  type BrokenPromise,
  claimFromTimeline,
  type HistoryEntry,
  reminderHistory,
  summarizeTimeline,
} from '../dunning';
import { countOf } from '../i18n/plural';
import { RECOVERY_INDEMNITY_CENTS } from '../law';
import {
  type Addressing,
  type Client,
  type Installment,
  type Invoice,
  type InvoiceEvent,
  type IsoDate,
  type Language,
  type Scenario,
  type ScenarioStep,
  type Settings,
  type StepAction,
  StepActionSchema,
  type Tone,
  ToneSchema,
} from '../model';
import { cleanMultiLine, cleanSingleLine } from '../model/text-clean';
import { formatMoney } from '../money';
import { customTemplateFor, fillTemplate, variableValues, voiceOf } from './custom';
import { ourBody, phrasebookFor } from './ours';
import { type PaymentBlock, paymentBlock } from './payment';
import { claimsPenaltiesAt } from './penalty-step';
import { type InvoiceLineVars, listOf, type Vars } from './types';

export { phrasebookFor } from './ours';

interface ReminderInvoice {
  invoice: Invoice;
  events: readonly InvoiceEvent[];
}

export interface ReminderRequest {
  lang: Language;
  /** Ignored in English. */
  addressing: Addressing;
  action: StepAction;
  tone: Tone;
  client: Client;
  invoices: readonly ReminderInvoice[];
  settings: Settings;
  now: IsoDate;
  /** From nextAction: resuming after a promise that was not kept. */
  brokenPromise?: BrokenPromise | null;
  brokenPlan?: { missedInstallment: Installment } | null;
  /**
   * Whether this reminder claims the penalties and the 40 € (core/templates/penalty-step);
   * absent: only a formal notice or a court filing does.
   */
  claimsPenalties?: boolean;
}

export interface RenderedReminder {
  subject: string;
  body: string;
}

/** Template ids are `<action>.<tone>`, e.g. `email.courteous` (ScenarioStep.template). */
function parseTemplateId(id: string): { action: StepAction; tone: Tone } | null {
  const [action, tone] = id.split('.');
  const a = StepActionSchema.safeParse(action);
  const t = ToneSchema.safeParse(tone);
  return a.success && t.success ? { action: a.data, tone: t.data } : null;
}

/** The formatted variables of a reminder (also used by the promise confirmation). */
export function buildVars(req: ReminderRequest): Vars {
  const { lang, settings, now, client } = req;
  const open = req.invoices.filter((i) => i.invoice.amountDueCents > 0);
  const items = (open.length ? open : req.invoices).map(({ invoice, events }) => {
    const timeline = summarizeTimeline(events);
    return { invoice, events, timeline, claim: claimFromTimeline(invoice, client, timeline, now, settings) };
  });
  const currency = items[0]?.invoice.currency ?? 'EUR';
  const money = (cents: number) => formatMoney(cents, currency, lang);
  const date = (d: IsoDate) => formatDate(d, lang);
  const sum = (pick: (c: (typeof items)[number]['claim']) => number) =>
    items.reduce((total, i) => total + pick(i.claim), 0);
  const daysLateOf = (due: IsoDate) => Math.max(0, daysBetween(due, now));

  const lines: InvoiceLineVars[] = items.map(({ invoice, claim }) => ({
    number: invoice.number,
    issueDate: invoice.issueDate ? date(invoice.issueDate) : null,
    dueDate: date(invoice.dueDate),
    amountDue: money(claim.outstandingCents),
    total: claim.outstandingCents < invoice.totalCents ? money(invoice.totalCents) : null,
    daysLate: daysLateOf(invoice.dueDate),
  }));
  const oldestDue = items.map((i) => i.invoice.dueDate).reduce(earliestDate, now);
  // One reminder may cover several invoices: the same email counts once in the history.
  const byDayAndChannel = new Map<string, HistoryEntry>();
  for (const h of items.flatMap((i) => reminderHistory(i.events))) {
    if (h.date <= now) byDayAndChannel.set(`${h.date} ${h.channel}`, h);
  }
  const history = [...byDayAndChannel.values()].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  const notices = items.map((i) => i.timeline.formalNoticeOn).filter((d): d is IsoDate => d !== null);
  const identity = settings.identity;
  // A step before the one the scenario claims penalties from states the amount due only.
  const claims = req.claimsPenalties ?? (req.action === 'formal_notice' || req.action === 'court_filing');
  const interest = claims ? sum((c) => c.interestCents) : 0;
  const indemnity = claims ? sum((c) => c.indemnityCents) : 0;
  const days = (n: number) =>
    lang === 'fr' ? countOf('fr', n, 'jour', 'jours') : countOf('en', n, 'day', 'days');
  const installment = req.brokenPlan?.missedInstallment;

  return {
    clientName: client.name,
    firstName: client.contactFirstName?.trim() || null,
    count: items.length,
    numbers: listOf(
      items.map((i) => i.invoice.number),
      lang === 'fr' ? 'et' : 'and',
    ),
    lines,
    amountDue: money(sum((c) => c.outstandingCents)),
    dueDate: date(oldestDue),
    daysLate: daysLateOf(oldestDue),
    daysLateText: days(daysLateOf(oldestDue)),
    interest: interest > 0 ? money(interest) : null,
    // The 40 € is in euros whatever the invoices' currency (D441-5: « fixé à 40 euros »).
    indemnity: indemnity > 0 ? formatMoney(indemnity, 'EUR', lang) : null,
    indemnityApart: currency !== 'EUR' && indemnity > 0,
    indemnityPerInvoice: formatMoney(RECOVERY_INDEMNITY_CENTS, 'EUR', lang),
    totalClaimed: money(claims ? sum((c) => c.totalCents) : sum((c) => c.outstandingCents)),
    clientKind: client.kind,
    formalNoticeDate: notices.length ? date(notices.sort()[0]!) : null,
    history: history.map((h) => ({ date: date(h.date), channel: h.channel })),
    promise: req.brokenPromise
      ? { madeOn: date(req.brokenPromise.madeOn), promisedDate: date(req.brokenPromise.promisedDate) }
      : null,
    missedInstallment: installment
      ? { date: date(installment.date), amount: money(installment.amountCents) }
      : null,
    ...ibanOf(
      paymentBlock(
        identity,
        settings.payment,
        currency,
        items.map((i) => i.invoice.number),
      ),
    ),
    signature: identity.signature.trim() || identity.name.trim() || identity.tradeName.trim() || null,
    senderName: identity.name.trim() || identity.tradeName.trim() || null,
    phone: client.phone,
    deadlineDays: settings.formalNoticeDelayDays,
    deadlineDaysText: days(settings.formalNoticeDelayDays),
    deadlineDate: date(addDays(now, settings.formalNoticeDelayDays)),
  };
}

/** The account and link of the payment block (core/templates/payment), as template variables. */
function ibanOf(block: PaymentBlock): Pick<Vars, 'iban' | 'bic' | 'paymentLink'> {
  return { iban: block.iban, bic: block.bic, paymentLink: block.link };
}

export function renderReminder(req: ReminderRequest): RenderedReminder {
  const book = phrasebookFor(req.lang, req.addressing);
  const v = buildVars(req);
  const { action, tone, lang, addressing } = req;
  const values = variableValues(book, v, { action, tone, lang, addressing });
  // The user's text is written for one invoice (the editor starts from ours for one): a reminder
  // that groups several takes ours, whose sentences agree with the count (« les factures … restent
  // impayées »). The editor says so (tpl.severalOurs).
  const own =
    v.count === 1 ? customTemplateFor(req.settings, action, tone, voiceOf(lang, addressing)) : undefined;
  // One header line whatever a name holds: the schemas clean stored text, this holds even for
  // text that never went through them (hostile suite, documents class).
  if (own)
    return {
      subject: cleanSingleLine(fillTemplate(own.subject, values)),
      body: cleanMultiLine(fillTemplate(own.body, values)),
    };
  const subject = cleanSingleLine(book.subject[action][tone](v));
  if (action === 'phone') return { subject, body: cleanMultiLine(book.callScript(tone, v)) };
  const body = ourBody(book, v, action, tone, (name) => values[name]);
  // Empty blocks (no history, no penalties yet) leave no blank paragraphs.
  return { subject, body: cleanMultiLine(body.replace(/\n{3,}/g, '\n\n').trim()) };
}

/** Renders a scenario step: its template id decides, its action and tone are the fallback. */
export function renderStep(
  req: Omit<ReminderRequest, 'action' | 'tone'> & {
    step: Pick<ScenarioStep, 'action' | 'tone' | 'template'> & { id?: string };
    /** The step's scenario: decides from which step penalties are claimed. */
    scenario?: Pick<Scenario, 'steps' | 'penaltiesFromStepId'>;
  },
): RenderedReminder {
  const parsed = parseTemplateId(req.step.template) ?? { action: req.step.action, tone: req.step.tone };
  const claimsPenalties =
    req.claimsPenalties ?? claimsPenaltiesAt(req.scenario, { id: req.step.id, action: parsed.action });
  return renderReminder({ ...req, ...parsed, claimsPenalties });
}
