/**
 * What the popup shows first: totals and today's actions. The background computes it with
 * the same engine that sets the badge (refresh.ts, so they always agree) and stores it after
 * every write; the popup reads one row (core/db/overview-read.ts). When the stored one is from
 * another day, overview-read.ts computes it here.
 */
import type { DueSummary, EcheanceDb, Overview } from '../db';
import { OVERVIEW_DUE } from '../db/overview-row';
import { actionsDueOn, type DueAction, type DunningCase } from '../dunning';
import type { InvoiceEvent, IsoDate } from '../model';
import { isClosed } from '../model';
import { rowHistory } from './action-row';
import { allCases } from './read-case';

/** `events`: the invoice's, for what its row says was already done (core/app/action-row.ts). */
export function summarizeDue(
  { invoice, client, action }: DueAction,
  events: readonly InvoiceEvent[],
): DueSummary {
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
    dueOn: step?.dueOn ?? null,
    history: rowHistory(events),
  };
}

/** Each due action's summary, with its invoice's events looked up among the cases. */
function summarize(due: readonly DueAction[], cases: readonly DunningCase[]): DueSummary[] {
  if (due.length === 0) return [];
  const events = new Map(cases.map((c) => [c.invoice.id, c.events]));
  return due.map((d) => summarizeDue(d, events.get(d.invoice.id) ?? []));
}

export function buildOverview(
  cases: readonly DunningCase[],
  today: IsoDate,
  due = actionsDueOn(cases, today),
): Overview {
  let outstandingCents = 0;
  let overdueCents = 0;
  for (const c of cases) {
    const i = c.invoice;
    if (isClosed(i.status)) continue;
    outstandingCents += i.outstandingCents;
    if (i.dueDate < today) overdueCents += i.outstandingCents;
  }
  return {
    day: today,
    outstandingCents,
    overdueCents,
    count: cases.length,
    dueCount: due.length,
    due: summarize(due.slice(0, OVERVIEW_DUE), cases),
  };
}

/** The overview computed from every case (when the stored one is from another day). */
export async function computeOverview(db: EcheanceDb, today: IsoDate): Promise<Overview> {
  return buildOverview((await allCases(db)).cases, today);
}

/** Every action due today, for the dashboard (the popup reads the stored head of the list). */
export async function allDue(db: EcheanceDb, today: IsoDate): Promise<DueSummary[]> {
  const { cases } = await allCases(db);
  return summarize(actionsDueOn(cases, today), cases);
}
