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
import { RECOVERY_INDEMNITY_CENTS } from '../law';
import {
  type Addressing,
  type Client,
  type Installment,
  type Invoice,
  type InvoiceEvent,
  type IsoDate,
  type Language,
  type ScenarioStep,
  type Settings,
  type StepAction,
  StepActionSchema,
  type Tone,
  ToneSchema,
} from '../model';
import { cleanMultiLine, cleanSingleLine } from '../model/text-clean';
import { formatMoney } from '../money';
import { en } from './en';
import { frTu } from './fr-tu';
import { frVous } from './fr-vous';
import { type PaymentBlock, paymentBlock, paymentLinkSentence } from './payment';
import { type InvoiceLineVars, listOf, type Phrasebook, type Vars } from './types';

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

export function phrasebookFor(lang: Language, addressing: Addressing): Phrasebook {
  if (lang === 'en') return en;
  return addressing === 'tu' ? frTu : frVous;
}

/** A courteous first word does not brandish penalties; a formal notice always states them. */
function showsPenalties(action: StepAction, tone: Tone): boolean {
  return action === 'formal_notice' || action === 'court_filing' || tone !== 'courteous';
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
  const interest = sum((c) => c.interestCents);
  const indemnity = sum((c) => c.indemnityCents);
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
    interest: interest > 0 ? money(interest) : null,
    // The 40 € is in euros whatever the invoices' currency (D441-5: « fixé à 40 euros »).
    indemnity: indemnity > 0 ? formatMoney(indemnity, 'EUR', lang) : null,
    indemnityApart: currency !== 'EUR' && indemnity > 0,
    indemnityPerInvoice: formatMoney(RECOVERY_INDEMNITY_CENTS, 'EUR', lang),
    totalClaimed: money(sum((c) => c.totalCents)),
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
  const { action, tone } = req;
  // One header line whatever a name holds: the schemas clean stored text, this holds even for
  // text that never went through them (hostile suite, documents class).
  const subject = cleanSingleLine(book.subject[action][tone](v));
  if (action === 'phone') return { subject, body: cleanMultiLine(book.callScript(tone, v)) };

  const ask =
    action === 'formal_notice'
      ? book.askFormalNotice(v)
      : action === 'court_filing'
        ? book.askCourtFiling(v)
        : book.ask[tone](v);
  const paragraphs = [
    book.greeting(v, action !== 'email' || tone === 'formal'),
    book.opening[action][tone](v),
    [book.invoicesHeading(v), ...v.lines.map(book.invoiceLine)].join('\n'),
    v.promise ? book.brokenPromise(v) : null,
    v.missedInstallment ? book.brokenPlan(v) : null,
    v.history.length ? book.history(v) : null,
    (v.interest || v.indemnity) && showsPenalties(action, tone) ? book.penalties(v) : null,
    ask,
    [book.payment(v), paymentLinkSentence(v.paymentLink, req.lang, req.addressing)]
      .filter(Boolean)
      .join('\n'),
    [book.closing[tone], v.signature].filter(Boolean).join('\n'),
  ];
  return { subject, body: cleanMultiLine(paragraphs.filter((p): p is string => Boolean(p)).join('\n\n')) };
}

/** Renders a scenario step: its template id decides, its action and tone are the fallback. */
export function renderStep(
  req: Omit<ReminderRequest, 'action' | 'tone'> & {
    step: Pick<ScenarioStep, 'action' | 'tone' | 'template'>;
  },
): RenderedReminder {
  const parsed = parseTemplateId(req.step.template) ?? { action: req.step.action, tone: req.step.tone };
  return renderReminder({ ...req, ...parsed });
}
