/**
 * The actions still ahead for each open invoice, each on its planned day: what the `.ics`
 * export puts in the user's calendar. The engine (core/dunning nextAction) decides the next
 * step; the steps after it follow the scenario's spacing from that day.
 */
import { addDays, latestDate } from '../dates';
import { type DunningCase, type NextAction, nextAction } from '../dunning';
import type { IsoDate, ScenarioStep } from '../model';

export type UpcomingAction = DunningCase & {
  date: IsoDate;
  outstandingCents: number;
} & (
    | { kind: 'step'; step: ScenarioStep; stepIndex: number }
    /** Last day to declare the claim in collective proceedings (C. com. L622-24). */
    | { kind: 'claim' }
  );

interface Start {
  index: number;
  date: IsoDate;
}

/** Where the ladder resumes and on which day, or null when nothing is planned. */
function startOf(c: DunningCase, action: NextAction, today: IsoDate, depth = 0): Start | null {
  const indexOf = (step: ScenarioStep) => c.scenario.steps.findIndex((s) => s.id === step.id);
  switch (action.kind) {
    case 'step':
      // Due today or late on the plan: it belongs on today's page of the calendar.
      return { index: action.stepIndex, date: today };
    case 'wait':
      if (action.reason === 'scheduled' || action.reason === 'snoozed')
        return { index: indexOf(action.step), date: action.until };
      // A promise or an installment that is not kept resumes the ladder on `until`: ask the
      // engine what it would propose that day (once: it cannot wait on the same thing twice).
      if (
        (action.reason === 'promise' ||
          action.reason === 'payment-plan' ||
          action.reason === 'payment-announced') &&
        depth === 0
      ) {
        const later = nextAction(c.invoice, c.client, c.events, c.scenario, action.until);
        const start = startOf(c, later, action.until, 1);
        return start && { index: start.index, date: latestDate(start.date, action.until) };
      }
      // A dispute pauses everything, with no date to put in a calendar.
      return null;
    default:
      return null;
  }
}

function forCase(c: DunningCase, today: IsoDate): UpcomingAction[] {
  const action = nextAction(c.invoice, c.client, c.events, c.scenario, today);
  const outstandingCents = action.outstandingCents;
  if (action.kind === 'declare-claim') {
    return action.deadline >= today ? [{ ...c, kind: 'claim', date: action.deadline, outstandingCents }] : [];
  }
  const start = startOf(c, action, today);
  if (!start || start.index < 0) return [];
  const steps = c.scenario.steps;
  const out: UpcomingAction[] = [];
  let date = start.date;
  for (let i = start.index; i < steps.length; i++) {
    const step = steps[i]!;
    if (i > start.index) {
      // Planned day, or later when the previous step slipped: the plan's spacing is kept.
      const previous = steps[i - 1]!;
      date = latestDate(
        addDays(c.invoice.dueDate, step.offsetDays),
        addDays(date, step.offsetDays - previous.offsetDays),
      );
    }
    out.push({ ...c, kind: 'step', step, stepIndex: i, date, outstandingCents });
  }
  return out;
}

/** Every upcoming action of every invoice, by day then invoice number. */
export function upcomingActions(cases: readonly DunningCase[], today: IsoDate): UpcomingAction[] {
  return cases
    .flatMap((c) => forCase(c, today))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.invoice.number.localeCompare(b.invoice.number, 'fr', { numeric: true }) ||
        (a.kind === 'step' && b.kind === 'step' ? a.stepIndex - b.stepIndex : 0),
    );
}
