/**
 * The scenario's ladder: the first step after the last one done, on the day it falls due
 * (keeping the plan's spacing after a late action, never on a Sunday or a public holiday),
 * unless snoozed. Used by nextActionFromTimeline once nothing else makes the invoice wait.
 */
import { fromDayNumber, toDayNumber } from '../dates';
import { warningCode } from '../law';
import type { IsoDate, Scenario } from '../model';
import { workingDayFrom } from './calendar';
import type { Common, InvoiceFacts, NextAction } from './next-action-types';
import type { TimelineSummary } from './timeline';

// Results are written out field by field: object spread is the slowest part of the engine
// when it runs over 10 000 invoices.

/** Whether a step was taken (not skipped) on or after `day` (without copying the steps). */
export function actedOnOrAfter(timeline: TimelineSummary, day: IsoDate): boolean {
  for (const done of timeline.doneSteps.values()) if (!done.skipped && done.date >= day) return true;
  return false;
}

/** Index of the first step after the last done one: earlier undone steps were passed over. */
function nextStepIndex(scenario: Scenario, timeline: TimelineSummary): number {
  for (let i = scenario.steps.length - 1; i >= 0; i--) {
    if (timeline.doneSteps.has(scenario.steps[i]!.id)) return i + 1;
  }
  return 0;
}

/**
 * Keeps the plan’s spacing after a late action: if the J+7 email went out at J+40, the J+15
 * call comes 8 days later, not the same afternoon. Skips do not count as actions.
 * Works on day numbers: this runs for every invoice at each replanning.
 */
function dueDay(scenario: Scenario, index: number, timeline: TimelineSummary, plannedDay: number): number {
  const step = scenario.steps[index]!;
  for (let i = index - 1; i >= 0; i--) {
    const previous = scenario.steps[i]!;
    const done = timeline.doneSteps.get(previous.id);
    if (!done || done.skipped) continue;
    return Math.max(plannedDay, toDayNumber(done.date) + step.offsetDays - previous.offsetDays);
  }
  return plannedDay;
}

export function ladder(
  invoice: InvoiceFacts,
  scenario: Scenario,
  timeline: TimelineSummary,
  common: Common,
  now: IsoDate,
  resumed: Pick<Extract<NextAction, { kind: 'step' }>, 'brokenPromise' | 'brokenPlan'>,
): NextAction {
  const index = nextStepIndex(scenario, timeline);
  const step = scenario.steps[index];
  if (!step)
    return {
      outstandingCents: common.outstandingCents,
      warnings: common.warnings,
      kind: 'none',
      reason: 'scenario-complete',
    };
  const dueDateDay = toDayNumber(invoice.dueDate);
  const today = toDayNumber(now);
  const plannedDay = dueDateDay + step.offsetDays;
  // Never on a Sunday or a public holiday: the step waits for the next working day.
  const dueOnDay = workingDayFrom(dueDay(scenario, index, timeline, plannedDay));
  const dueOn = fromDayNumber(dueOnDay);
  if (dueOnDay > today)
    return {
      outstandingCents: common.outstandingCents,
      warnings: common.warnings,
      kind: 'wait',
      reason: 'scheduled',
      until: dueOn,
      step,
    };
  if (timeline.snoozedUntil && timeline.snoozedUntil > now) {
    return {
      outstandingCents: common.outstandingCents,
      warnings: common.warnings,
      kind: 'wait',
      reason: 'snoozed',
      until: timeline.snoozedUntil,
      step,
    };
  }
  const warnings =
    step.action === 'court_filing' && timeline.everDisputed
      ? [...common.warnings, warningCode('court-filing-contested')]
      : common.warnings;
  return {
    kind: 'step',
    outstandingCents: common.outstandingCents,
    warnings,
    brokenPromise: resumed.brokenPromise,
    brokenPlan: resumed.brokenPlan,
    step,
    stepIndex: index,
    plannedOn: fromDayNumber(plannedDay),
    dueOn,
    lateOnPlan: dueOnDay < today,
    daysLate: Math.max(0, today - dueDateDay),
  };
}
