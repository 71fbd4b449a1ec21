/**
 * The next-action engine (PRODUCT.md §3). Pure: `now` is today's calendar date, passed in.
 * Precedence: written off > paid > collective proceedings > dispute > promise > payment plan
 * > the ladder (with snooze). Steps are done in order, never before their day, never twice.
 */
import { addMonths, daysBetween, fromDayNumber, toDayNumber } from '../dates';
import { prescriptionWarning, type WarningCode, warningCode } from '../law';
import type {
  Client,
  Installment,
  Invoice,
  InvoiceEvent,
  IsoDate,
  ProceedingsKind,
  Scenario,
  ScenarioStep,
} from '../model';
import { workingDayFrom } from './calendar';
import { planState } from './plan';
import { summarizeTimeline, type TimelineSummary } from './timeline';

/** What to tell a user whose client disputes the invoice (no injonction de payer, CPC 1405). */
export const DISPUTE_GUIDANCE = ['talk', 'mediation', 'no-court-order-for-contested-claims'] as const;
export type DisputeGuidance = (typeof DISPUTE_GUIDANCE)[number];

/** Warn this many days before the claim-declaration deadline (C. com. L622-24). */
export const CLAIM_WARNING_DAYS = 15;

export interface BrokenPromise {
  madeOn: IsoDate;
  promisedDate: IsoDate;
}

interface Common {
  outstandingCents: number;
  warnings: WarningCode[];
}

export type NextAction =
  | (Common & { kind: 'none'; reason: 'paid' | 'written_off' | 'claim-declared' | 'scenario-complete' })
  | (Common & { kind: 'wait'; reason: 'dispute'; until: null; guidance: readonly DisputeGuidance[] })
  | (Common & { kind: 'wait'; reason: 'promise'; until: IsoDate; promise: BrokenPromise })
  | (Common & { kind: 'wait'; reason: 'payment-announced'; until: IsoDate; announcedOn: IsoDate })
  | (Common & {
      kind: 'wait';
      reason: 'client-excluded';
      until: null;
      exclusion: NonNullable<Client['remindersOff']>;
    })
  | (Common & { kind: 'wait'; reason: 'payment-plan'; until: IsoDate; installment: Installment })
  | (Common & { kind: 'wait'; reason: 'snoozed' | 'scheduled'; until: IsoDate; step: ScenarioStep })
  | (Common & {
      kind: 'declare-claim';
      proceedingsKind: ProceedingsKind;
      bodaccDate: IsoDate;
      /** Last day to declare the claim to the mandataire: BODACC publication + 2 months. */
      deadline: IsoDate;
      daysLeft: number;
    })
  | (Common & {
      kind: 'step';
      step: ScenarioStep;
      stepIndex: number;
      /** Due date + the step's offset. */
      plannedOn: IsoDate;
      /** The day it became due (never before plannedOn; later when earlier steps were late, or
       *  when plannedOn is a Sunday or a public holiday: core/dunning/calendar). */
      dueOn: IsoDate;
      /** The step should have been done before today ("en retard sur le plan"). */
      lateOnPlan: boolean;
      /** Days since the invoice's due date (0 before it). */
      daysLate: number;
      /** Set when resuming after a promise to pay that was not kept, so templates cite it. */
      brokenPromise: BrokenPromise | null;
      /** Set when resuming after a missed installment of a payment plan. */
      brokenPlan: { missedInstallment: Installment } | null;
    });

type InvoiceFacts = Pick<Invoice, 'amountDueCents' | 'dueDate' | 'issueDate'>;

function claimDeclaration(
  proceedings: { kind: ProceedingsKind; bodaccDate: IsoDate },
  common: Common,
  now: IsoDate,
): NextAction {
  const deadline = addMonths(proceedings.bodaccDate, 2);
  const daysLeft = daysBetween(now, deadline);
  const warnings: WarningCode[] = [...common.warnings];
  if (daysLeft < 0) warnings.push(warningCode('claim-deadline-passed', deadline));
  else if (daysLeft <= CLAIM_WARNING_DAYS) warnings.push(warningCode('claim-deadline-soon', deadline));
  return {
    kind: 'declare-claim',
    outstandingCents: common.outstandingCents,
    warnings,
    proceedingsKind: proceedings.kind,
    bodaccDate: proceedings.bodaccDate,
    deadline,
    daysLeft,
  };
}

// Results are written out field by field: object spread is the slowest part of the engine
// when it runs over 10 000 invoices.

/** Whether a step was taken (not skipped) on or after `day` (without copying the steps). */
function actedOnOrAfter(timeline: TimelineSummary, day: IsoDate): boolean {
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

function ladder(
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

export function nextActionFromTimeline(
  invoice: InvoiceFacts,
  client: Pick<Client, 'kind' | 'proceedings' | 'remindersOff'>,
  timeline: TimelineSummary,
  scenario: Scenario,
  now: IsoDate,
): NextAction {
  const outstanding = invoice.amountDueCents - timeline.paidCents;
  if (timeline.writtenOff)
    return { kind: 'none', reason: 'written_off', outstandingCents: outstanding, warnings: [] };
  if (outstanding <= 0) return { kind: 'none', reason: 'paid', outstandingCents: outstanding, warnings: [] };

  const limit = prescriptionWarning({
    clientKind: client.kind,
    dueDate: invoice.dueDate,
    issueDate: invoice.issueDate,
    now,
  });
  const common: Common = { outstandingCents: outstanding, warnings: limit ? [limit] : [] };

  // L622-21: once proceedings are opened, reminders stop; only the claim declaration is left.
  const proceedings = client.proceedings ?? timeline.proceedings;
  if (proceedings) {
    if (timeline.claimDeclared)
      return {
        outstandingCents: common.outstandingCents,
        warnings: common.warnings,
        kind: 'none',
        reason: 'claim-declared',
      };
    return claimDeclaration(proceedings, common, now);
  }
  // The user took this client off reminders (direct debit, an arrangement): nothing is due,
  // no date is planned, so no alarm, notification or « Aujourd'hui » line, until it is lifted.
  if (client.remindersOff) {
    return {
      outstandingCents: common.outstandingCents,
      warnings: common.warnings,
      kind: 'wait',
      reason: 'client-excluded',
      until: null,
      exclusion: client.remindersOff,
    };
  }
  if (timeline.disputeOpen) {
    return {
      outstandingCents: common.outstandingCents,
      warnings: common.warnings,
      kind: 'wait',
      reason: 'dispute',
      until: null,
      guidance: DISPUTE_GUIDANCE,
    };
  }

  const announced = announcedPayment(timeline, now);
  if (announced?.waitUntil) {
    return {
      ...common,
      kind: 'wait',
      reason: 'payment-announced',
      until: announced.waitUntil,
      announcedOn: announced.on,
    };
  }

  let brokenPromise: BrokenPromise | null = announced?.cite ?? null;
  const promise = timeline.promise;
  if (promise) {
    // The day after the promised date, or the next working day: a Sunday is no day to chase.
    const resumesOn = fromDayNumber(workingDayFrom(toDayNumber(promise.promisedDate) + 1));
    if (now < resumesOn)
      return {
        outstandingCents: common.outstandingCents,
        warnings: common.warnings,
        kind: 'wait',
        reason: 'promise',
        until: resumesOn,
        promise,
      };
    // Cite the promise only until a step has been taken since it was broken.
    if (!actedOnOrAfter(timeline, resumesOn)) brokenPromise = promise;
  }

  let brokenPlan: Extract<NextAction, { kind: 'step' }>['brokenPlan'] = null;
  if (timeline.plan) {
    const state = planState(timeline.plan, timeline, now);
    if (state.kind === 'on-track') {
      return {
        outstandingCents: common.outstandingCents,
        warnings: common.warnings,
        kind: 'wait',
        reason: 'payment-plan',
        until: state.checkOn,
        installment: state.nextInstallment,
      };
    }
    if (state.kind === 'broken') brokenPlan = { missedInstallment: state.missedInstallment };
  }

  return ladder(invoice, scenario, timeline, common, now, { brokenPromise, brokenPlan });
}

/** Days the ladder waits after « le virement est parti » when the event carries no date. */
export const ANNOUNCED_PAYMENT_DEFAULT_DAYS = 5;

/**
 * « Le virement est parti » (the client said so on the phone, or in an e-mail recorded as
 * such): the next step waits until the announced money can have arrived — the event's
 * `promisedDate`, set from the user's setting when it was recorded (holdAnnouncedPayment) —
 * then the ladder resumes, citing the announcement until a step has been taken since.
 */
export function announcedPayment(
  timeline: TimelineSummary,
  now: IsoDate,
): { on: IsoDate; waitUntil: IsoDate | null; cite: BrokenPromise | null } | null {
  const a = timeline.announced;
  if (!a) return null;
  const until = a.until ?? fromDayNumber(toDayNumber(a.madeOn) + ANNOUNCED_PAYMENT_DEFAULT_DAYS);
  const resumesOn = fromDayNumber(toDayNumber(until) + 1);
  if (now < resumesOn) return { on: a.madeOn, waitUntil: resumesOn, cite: null };
  const actedSince = actedOnOrAfter(timeline, resumesOn);
  // Templates cite it as an announced payment that never came: made on, for that day.
  return {
    on: a.madeOn,
    waitUntil: null,
    cite: actedSince ? null : { madeOn: a.madeOn, promisedDate: a.madeOn },
  };
}

/** Sets the wait of a « dit avoir payé » call from the user's setting, when the caller gave none. */
export function holdAnnouncedPayment(event: InvoiceEvent, holdDays: number): InvoiceEvent {
  if (event.type !== 'call' || event.outcome !== 'claims_paid' || event.promisedDate) return event;
  return { ...event, promisedDate: fromDayNumber(toDayNumber(event.date) + holdDays) };
}

/** What to do next for an invoice, on `now` (YYYY-MM-DD). */
export function nextAction(
  invoice: InvoiceFacts,
  client: Pick<Client, 'kind' | 'proceedings' | 'remindersOff'>,
  events: readonly InvoiceEvent[],
  scenario: Scenario,
  now: IsoDate,
): NextAction {
  return nextActionFromTimeline(invoice, client, summarizeTimeline(events), scenario, now);
}
