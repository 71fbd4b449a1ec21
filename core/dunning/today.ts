/**
 * The actions due on a day, across invoices: the badge count and the popup's « Aujourd'hui »
 * list, most severe first.
 *
 * Severity order:
 * 1. the kind of action: claim declaration (a missed deadline forfeits the claim) > court
 *    filing > formal notice > registered letter > letter > phone call > email;
 * 2. then urgency: for claim declarations the nearest deadline, for steps the most days late;
 * 3. then the largest amount outstanding;
 * 4. then the invoice number, so the order is stable.
 */
import type { Client, Invoice, InvoiceEvent, IsoDate, Scenario, StepAction } from '../model';
import { nextAction } from './next-action';
import type { NextAction } from './next-action-types';

const ACTION_SEVERITY: Record<StepAction | 'declare-claim', number> = {
  'declare-claim': 7,
  court_filing: 6,
  formal_notice: 5,
  registered_letter: 4,
  letter: 3,
  phone: 2,
  email: 1,
};

type DueNow = Extract<NextAction, { kind: 'step' | 'declare-claim' }>;

export interface DunningCase {
  invoice: Invoice;
  client: Client;
  events: readonly InvoiceEvent[];
  scenario: Scenario;
}

export interface DueAction {
  invoice: Invoice;
  client: Client;
  action: DueNow;
}

/** The engine only returns a step on or after its day, and a claim declaration at once. */
function isActionDueToday(action: NextAction): action is DueNow {
  return action.kind === 'step' || action.kind === 'declare-claim';
}

function severity(action: DueNow): number {
  return ACTION_SEVERITY[action.kind === 'step' ? action.step.action : 'declare-claim'];
}

function urgency(action: DueNow): number {
  return action.kind === 'step' ? action.daysLate : -action.daysLeft;
}

function compareBySeverity(a: DueAction, b: DueAction): number {
  return (
    severity(b.action) - severity(a.action) ||
    urgency(b.action) - urgency(a.action) ||
    b.action.outstandingCents - a.action.outstandingCents ||
    a.invoice.number.localeCompare(b.invoice.number)
  );
}

export function actionsDueOn(cases: readonly DunningCase[], now: IsoDate): DueAction[] {
  const due: DueAction[] = [];
  for (const c of cases) {
    const action = nextAction(c.invoice, c.client, c.events, c.scenario, now);
    if (isActionDueToday(action)) due.push({ invoice: c.invoice, client: c.client, action });
  }
  return due.sort(compareBySeverity);
}
