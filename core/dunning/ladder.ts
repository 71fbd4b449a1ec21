/**
 * The scenario's ladder: the first step after the furthest one the user reached, by its id or
 * by its kind (core/dunning/steps-reached), on the day it falls due (keeping the plan's spacing
 * after a late action, waiting for a formal notice's deadline, never on a Sunday or a public
 * holiday), with no friendly wording past J+30, unless snoozed. Used by nextActionFromTimeline once nothing else makes the invoice wait.
 */
import { fromDayNumber, toDayNumber } from '../dates';
import { warningCode } from '../law';
import type { IsoDate, Scenario, ScenarioStep } from '../model';
import { workingDayFrom } from './calendar';
import type { Common, InvoiceFacts, NextAction } from './next-action-types';
import { furthestReached, stepsReached } from './steps-reached';
import type { StepDone, TimelineSummary } from './timeline';

// Results are written out field by field: object spread is the slowest part of the engine
// when it runs over 10 000 invoices.

/** Whether a step was taken (not skipped) on or after `day` (without copying the steps). */
export function actedOnOrAfter(timeline: TimelineSummary, day: IsoDate): boolean {
  for (const done of timeline.doneSteps.values()) if (!done.skipped && done.date >= day) return true;
  return false;
}

/**
 * The longest delay a formal notice gives the debtor (settings bound it to 8–15 days,
 * core/model/settings formalNoticeDelayDays; C. civ. 1231 « délai raisonnable », legal-fr §3.6 and §4):
 * waited when the notice's own delay is unknown (declared when tracking, or recorded before the
 * event kept it), so that whatever it said, its deadline has passed when the court step comes.
 */
const NOTICE_DEADLINE_UNKNOWN_DAYS = 15;

/**
 * The last day of the first formal notice's deadline, as a day number: the days it gave (its
 * event's `deadlineDays`), counted from its receipt when the acknowledgement is recorded, else
 * from its sending (legal-fr §7.3); null when no notice was sent. The invoice page says the same.
 */
export function noticeDeadlineDay(timeline: TimelineSummary, sentOn: IsoDate | null = null): number | null {
  const from = timeline.formalNoticeReceivedOn ?? sentOn ?? timeline.formalNoticeOn;
  if (!from) return null;
  return toDayNumber(from) + (timeline.formalNoticeDeadlineDays ?? NOTICE_DEADLINE_UNKNOWN_DAYS);
}

/**
 * Past this many days after the due date, « c'est sans doute un simple oubli » no longer reads
 * true (issue #19): a friendly (courteous) step is not sent as such. See `friendlyNoMore`.
 */
export const FRIENDLY_UNTIL_DAYS = 30;

/**
 * When a step falls due, from the step done before it (`reached`: core/dunning/steps-reached).
 * It keeps the plan's spacing after a late action: if the J+7 email went out at J+40, the J+15
 * call comes 8 days later, not the same afternoon; a step is never proposed before its own day.
 * A formal notice is the exception: it gives the debtor a deadline, and the day after it the
 * next step is due — what the letter announced — not the plan's spacing later; and even when the
 * user sent the notice well ahead of the plan (a notice at J+7 is followed by the court step after
 * its deadline, not at J+60). Skips do not count as actions. Works on day numbers: this runs
 * for every invoice at each replanning.
 */
function dueDay(
  scenario: Scenario,
  index: number,
  reached: readonly (StepDone | undefined)[],
  timeline: TimelineSummary,
  plannedDay: number,
): number {
  const step = scenario.steps[index]!;
  for (let i = index - 1; i >= 0; i--) {
    const previous = scenario.steps[i]!;
    const done = reached[i];
    if (!done || done.skipped) continue;
    if (previous.action !== 'formal_notice')
      return Math.max(plannedDay, toDayNumber(done.date) + step.offsetDays - previous.offsetDays);
    // The deadline runs from receipt when it is known (C. civ. 1231-6, 1344-1), else from sending.
    const afterNotice = noticeDeadlineDay(timeline, done.date)! + 1;
    return aheadOfPlan(reached, i) ? afterNotice : Math.max(plannedDay, afterNotice);
  }
  return plannedDay;
}

/**
 * The first day a formal notice already sent lets the next step come: the day after its
 * deadline (0 when no notice came before `index`).
 */
function noticeFloor(
  scenario: Scenario,
  index: number,
  reached: readonly (StepDone | undefined)[],
  timeline: TimelineSummary,
): number {
  for (let i = index - 1; i >= 0; i--) {
    const done = reached[i];
    if (!done || done.skipped || scenario.steps[i]!.action !== 'formal_notice') continue;
    return noticeDeadlineDay(timeline, done.date)! + 1;
  }
  return 0;
}

/** A step done while an earlier one was neither done nor skipped: the user escalated. */
function aheadOfPlan(reached: readonly (StepDone | undefined)[], index: number): boolean {
  for (let i = 0; i < index; i++) if (!reached[i]) return true;
  return false;
}

const isFriendly = (step: ScenarioStep) => step.tone === 'courteous' || step.template.endsWith('.courteous');

/**
 * What a demanding user expects of a friendly step that comes more than 30 days after the due
 * date (a late invoice tracked today, or a ladder left waiting): no « simple oubli ». When the
 * next step is of the same kind and already due on the plan (fast-letters: the J+1 friendly
 * e-mail, then the J+7 firm one), the friendly one is passed over as out of date and that one
 * is proposed. Otherwise the step keeps its place — the first written word still goes out, a
 * contact before a formal notice — in a firm tone: `email.courteous` becomes `email.firm`.
 * The step keeps its id, so recording it marks the scenario's step done.
 */
function passOverFriendly(scenario: Scenario, index: number, dueDateDay: number, today: number): number {
  let i = index;
  while (today - dueDateDay > FRIENDLY_UNTIL_DAYS && isFriendly(scenario.steps[i]!)) {
    const next = scenario.steps[i + 1];
    if (!next || next.action !== scenario.steps[i]!.action || dueDateDay + next.offsetDays > today) break;
    i += 1;
  }
  return i;
}

function friendlyNoMore(step: ScenarioStep, daysLateWhenDue: number): ScenarioStep {
  if (daysLateWhenDue <= FRIENDLY_UNTIL_DAYS || !isFriendly(step)) return step;
  return {
    id: step.id,
    offsetDays: step.offsetDays,
    action: step.action,
    template: step.template.endsWith('.courteous') ? `${step.template.slice(0, -10)}.firm` : step.template,
    tone: 'firm',
  };
}

export function ladder(
  invoice: InvoiceFacts,
  scenario: Scenario,
  timeline: TimelineSummary,
  common: Common,
  now: IsoDate,
  resumed: Pick<Extract<NextAction, { kind: 'step' }>, 'brokenPromise' | 'brokenPlan'>,
): NextAction {
  const reached = stepsReached(scenario, timeline);
  const dueDateDay = toDayNumber(invoice.dueDate);
  const today = toDayNumber(now);
  const first = furthestReached(reached) + 1;
  const index = first < scenario.steps.length ? passOverFriendly(scenario, first, dueDateDay, today) : first;
  const planned = scenario.steps[index];
  if (!planned)
    return {
      outstandingCents: common.outstandingCents,
      warnings: common.warnings,
      kind: 'none',
      reason: 'scenario-complete',
    };
  const plannedDay = dueDateDay + planned.offsetDays;
  // Never on a Sunday or a public holiday: the step waits for the next working day.
  // A broken promise or payment plan calls for the next step now: the spacing after the call
  // that obtained the promise does not hold it back (its own day and a notice's deadline do).
  const broken = resumed.brokenPromise !== null || resumed.brokenPlan !== null;
  const fromDay = broken
    ? Math.max(plannedDay, noticeFloor(scenario, index, reached, timeline))
    : dueDay(scenario, index, reached, timeline, plannedDay);
  const dueOnDay = workingDayFrom(fromDay);
  const dueOn = fromDayNumber(dueOnDay);
  const step = friendlyNoMore(planned, Math.max(today, dueOnDay) - dueDateDay);
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
