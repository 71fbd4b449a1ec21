/**
 * An invoice's scenario drawn as a ladder: each step done (with
 * its date and channel), skipped, passed over, due, upcoming, paused or no longer needed.
 * It reads the same engine as the popup (core/dunning), so the page never disagrees with it.
 */
import { addDays } from '../dates';
import {
  type HistoryEntry,
  type NextAction,
  nextActionFromTimeline,
  reminderHistory,
  stepsReached,
  summarizeTimeline,
} from '../dunning';
import type { Client, Invoice, InvoiceEvent, IsoDate, Scenario, ScenarioStep } from '../model';

export type StepState =
  | 'done'
  | 'skipped'
  /** Left undone while a later step was done: the engine will not come back to it. */
  | 'passed'
  | 'due'
  | 'upcoming'
  /** Dispute, promise, payment plan or collective proceedings hold the ladder. */
  | 'paused'
  /** Paid, written off or claim declared: the step will never be needed. */
  | 'cancelled';

export interface LadderStep {
  step: ScenarioStep;
  state: StepState;
  /** Due date + the step's offset (J+N). */
  plannedOn: IsoDate;
  /** When it was done or skipped. */
  doneOn: IsoDate | null;
  channel: HistoryEntry['channel'] | null;
  /** For the next step: the day the engine makes it due (later than planned after a late step). */
  dueOn: IsoDate | null;
  lateOnPlan: boolean;
}

export interface Ladder {
  steps: LadderStep[];
  next: NextAction;
}

/** The channel an event reached the client by; an unanswered call was still a call. */
function channelOf(event: InvoiceEvent): HistoryEntry['channel'] | null {
  return reminderHistory([event])[0]?.channel ?? (event.type === 'call' ? 'phone' : null);
}

function doneEvent(events: readonly InvoiceEvent[], stepId: string): InvoiceEvent | undefined {
  let found: InvoiceEvent | undefined;
  for (const e of events) {
    if (e.type === 'step_skipped' || !('stepId' in e) || e.stepId !== stepId) continue;
    if (!found || e.date < found.date) found = e;
  }
  return found;
}

function pendingState(next: NextAction, step: ScenarioStep, index: number) {
  if (next.kind === 'step' && next.stepIndex === index)
    return { state: 'due' as const, dueOn: next.dueOn, lateOnPlan: next.lateOnPlan };
  if (next.kind === 'wait' && (next.reason === 'scheduled' || next.reason === 'snoozed'))
    return {
      state: 'upcoming' as const,
      dueOn: next.step.id === step.id ? next.until : null,
      lateOnPlan: false,
    };
  if (next.kind === 'none')
    return {
      state: next.reason === 'scenario-complete' ? ('upcoming' as const) : ('cancelled' as const),
      dueOn: null,
      lateOnPlan: false,
    };
  if (next.kind === 'step') return { state: 'upcoming' as const, dueOn: null, lateOnPlan: false };
  return { state: 'paused' as const, dueOn: null, lateOnPlan: false };
}

export function ladderFor(
  invoice: Pick<Invoice, 'amountDueCents' | 'dueDate' | 'issueDate'>,
  client: Pick<Client, 'kind' | 'proceedings' | 'remindersOff'>,
  events: readonly InvoiceEvent[],
  scenario: Scenario,
  today: IsoDate,
): Ladder {
  const timeline = summarizeTimeline(events);
  const next = nextActionFromTimeline(invoice, client, timeline, scenario, today);
  // Done by its id or by an action of its kind (escalation follows the user, core/dunning).
  const reached = stepsReached(scenario, timeline);
  let lastDone = -1;
  reached.forEach((r, i) => {
    if (r) lastDone = i;
  });
  const steps = scenario.steps.map((step, index): LadderStep => {
    const plannedOn = addDays(invoice.dueDate, step.offsetDays);
    const done = reached[index];
    if (done) {
      const event = done.skipped ? undefined : doneEvent(events, step.id);
      return {
        step,
        state: done.skipped ? 'skipped' : 'done',
        plannedOn,
        doneOn: done.date,
        channel: event ? channelOf(event) : null,
        dueOn: null,
        lateOnPlan: false,
      };
    }
    if (index < lastDone)
      return {
        step,
        state: 'passed',
        plannedOn,
        doneOn: null,
        channel: null,
        dueOn: null,
        lateOnPlan: false,
      };
    return { step, plannedOn, doneOn: null, channel: null, ...pendingState(next, step, index) };
  });
  return { steps, next };
}
