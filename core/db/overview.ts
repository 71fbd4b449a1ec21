/**
 * What the popup shows first: totals and today's actions. The background computes it with
 * the same engine that sets the badge (so they always agree) and stores it after every write;
 * the popup reads one row. When the stored one is from another day, it is computed here.
 */
import { actionsDueOn, type DueAction, type DunningCase } from '../dunning';
import type { Invoice, IsoDate, StepAction, Tone } from '../model';
import type { EcheanceDb } from './database';
import { allCases } from './queries';
import type { InvoiceRow } from './repository';

export interface DueSummary {
  invoiceId: string;
  number: string;
  clientName: string;
  currency: string;
  outstandingCents: number;
  daysLate: number;
  kind: 'step' | 'declare-claim';
  stepAction: StepAction | null;
  stepTone: Tone | null;
  lateOnPlan: boolean;
  /** Claim-declaration deadline. */
  deadline: IsoDate | null;
}

export interface Overview {
  day: IsoDate;
  outstandingCents: number;
  overdueCents: number;
  count: number;
  /** How many actions are due today (the badge shows it). */
  dueCount: number;
  /** The most severe of them, in order; the dashboard lists them all. */
  due: DueSummary[];
  /** The first invoices to look at: open ones by due date, then closed ones. */
  rows: InvoiceRow[];
}

export const OVERVIEW_ROWS = 50;
export const OVERVIEW_DUE = 100;

export function summarizeDue({ invoice, client, action }: DueAction): DueSummary {
  const step = action.kind === 'step' ? action : null;
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    clientName: client.name,
    currency: invoice.currency,
    outstandingCents: action.outstandingCents,
    daysLate: step?.daysLate ?? 0,
    kind: action.kind,
    stepAction: step?.step.action ?? null,
    stepTone: step?.step.tone ?? null,
    lateOnPlan: step?.lateOnPlan ?? false,
    deadline: action.kind === 'declare-claim' ? action.deadline : null,
  };
}

export function buildOverview(
  cases: readonly DunningCase[],
  today: IsoDate,
  due = actionsDueOn(cases, today),
): Overview {
  let outstandingCents = 0;
  let overdueCents = 0;
  const open: DunningCase[] = [];
  const closed: DunningCase[] = [];
  for (const c of cases) {
    const i = c.invoice;
    if (i.status === 'paid' || i.status === 'written_off') {
      closed.push(c);
      continue;
    }
    open.push(c);
    outstandingCents += i.outstandingCents;
    if (i.dueDate < today) overdueCents += i.outstandingCents;
  }
  const byDue = (a: { invoice: Invoice }, b: { invoice: Invoice }) =>
    a.invoice.dueDate.localeCompare(b.invoice.dueDate) || a.invoice.number.localeCompare(b.invoice.number);
  const rows = [...open.sort(byDue), ...closed.sort(byDue)]
    .slice(0, OVERVIEW_ROWS)
    .map(({ invoice, client }) => ({ invoice, client }));
  return {
    day: today,
    outstandingCents,
    overdueCents,
    count: cases.length,
    dueCount: due.length,
    due: due.slice(0, OVERVIEW_DUE).map(summarizeDue),
    rows,
  };
}

export async function saveOverview(db: EcheanceDb, overview: Overview): Promise<void> {
  await db.meta.put({ key: 'overview', value: overview });
}

export async function readOverview(db: EcheanceDb, today: IsoDate): Promise<Overview> {
  const stored = (await db.meta.get('overview'))?.value as Overview | undefined;
  if (stored?.day === today) return stored;
  return buildOverview((await allCases(db)).cases, today);
}

/** Every action due today, for the dashboard (the popup reads the stored head of the list). */
export async function allDue(db: EcheanceDb, today: IsoDate): Promise<DueSummary[]> {
  return actionsDueOn((await allCases(db)).cases, today).map(summarizeDue);
}

/** Meta row where the background keeps whether Gmail's page was recognised last time. */
export const GMAIL_LAYOUT = 'gmail-layout';

export async function gmailRecognised(db: EcheanceDb): Promise<boolean | null> {
  const row = (await db.meta.get(GMAIL_LAYOUT))?.value as { recognised?: unknown } | undefined;
  return typeof row?.recognised === 'boolean' ? row.recognised : null;
}
