/**
 * Where the user's actions put an invoice on its scenario (issue #20, « escalation follows the
 * user »). An action counts for the step it names, as it always did; it also counts as the step
 * of its own kind (e-mail, call, letter, registered letter, formal notice, court filing) when it
 * names another step or none: a formal notice recorded from the document panel while the J+7
 * e-mail was due is the scenario's formal notice, not a second e-mail. Every step below the
 * furthest one reached is passed: the ladder never asks for a step below one already done.
 */
import type { Scenario } from '../model';
import type { ActionDone, StepDone, TimelineSummary } from './timeline';

/** A real action outranks a skip; otherwise the earliest date the step was done is kept. */
function record(reached: (StepDone | undefined)[], index: number, a: ActionDone): void {
  const skipped = a.skipped === true;
  const previous = reached[index];
  if (!previous || (previous.skipped && !skipped) || (previous.skipped === skipped && a.date < previous.date))
    reached[index] = { date: a.date, skipped };
}

/**
 * The step of the action's kind this action stands for: the first one at or after the step it
 * names, or, when it names none of this scenario, the first one not yet reached. One e-mail is
 * one e-mail step (the compact scenario has three): a later e-mail moves one rung, not to the
 * last e-mail. A kind that only exists below the furthest step reached moves nothing.
 */
function stepOfKind(scenario: Scenario, a: ActionDone, from: number): number {
  for (let i = Math.max(0, from); i < scenario.steps.length; i++) {
    if (scenario.steps[i]!.action === a.action) return i;
  }
  return -1;
}

/** Each step of the scenario with when it was done or skipped (undefined: not reached). */
export function stepsReached(scenario: Scenario, timeline: TimelineSummary): (StepDone | undefined)[] {
  const reached: (StepDone | undefined)[] = new Array(scenario.steps.length);
  if (timeline.actions.length === 0) return reached;
  // In the order they happened (the same day: the order recorded); rarely more than a few.
  const actions =
    timeline.actions.length > 1
      ? [...timeline.actions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      : timeline.actions;
  let furthest = -1;
  for (const a of actions) {
    const named = a.stepId === null ? -1 : scenario.steps.findIndex((s) => s.id === a.stepId);
    if (named >= 0) {
      record(reached, named, a);
      furthest = Math.max(furthest, named);
    }
    if (a.action === null || (named >= 0 && scenario.steps[named]!.action === a.action)) continue;
    const index = stepOfKind(scenario, a, named >= 0 ? named : furthest + 1);
    if (index < 0) continue;
    record(reached, index, a);
    furthest = Math.max(furthest, index);
  }
  return reached;
}

/** Index of the furthest step done or skipped; -1 when none. */
export function furthestReached(reached: readonly (StepDone | undefined)[]): number {
  for (let i = reached.length - 1; i >= 0; i--) if (reached[i]) return i;
  return -1;
}
