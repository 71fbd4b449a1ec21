/**
 * What the popup shows first: totals and today's actions. The background computes it with
 * the same engine that sets the badge (refresh.ts, so they always agree) and stores it after
 * every write; the popup reads one row (core/db/overview-read.ts). When the stored one is from
 * another day, overview-read.ts computes it here.
 */
import type { DueSummary, EcheanceDb, Overview } from '../db';
import { OVERVIEW_DUE, OVERVIEW_ROWS } from '../db/overview-row';
import { actionsDueOn, type DueAction, type DunningCase } from '../dunning';
import { type Invoice, type IsoDate, isClosed } from '../model';
import { allCases } from './read-case';

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

// ISO dates compare by code unit (cheap over 10,000 invoices); numbers as before on a tie.
const byDue = (a: { invoice: Invoice }, b: { invoice: Invoice }) =>
  a.invoice.dueDate < b.invoice.dueDate
    ? -1
    : a.invoice.dueDate > b.invoice.dueDate
      ? 1
      : a.invoice.number.localeCompare(b.invoice.number);

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
    if (isClosed(i.status)) {
      closed.push(c);
      continue;
    }
    open.push(c);
    outstandingCents += i.outstandingCents;
    if (i.dueDate < today) overdueCents += i.outstandingCents;
  }
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

/** The overview computed from every case (when the stored one is from another day). */
export async function computeOverview(db: EcheanceDb, today: IsoDate): Promise<Overview> {
  return buildOverview((await allCases(db)).cases, today);
}

/** Every action due today, for the dashboard (the popup reads the stored head of the list). */
export async function allDue(db: EcheanceDb, today: IsoDate): Promise<DueSummary[]> {
  return actionsDueOn((await allCases(db)).cases, today).map(summarizeDue);
}
