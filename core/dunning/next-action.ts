/**
 * The next-action engine. Pure: `now` is today's calendar date, passed in.
 * Precedence: written off > paid > collective proceedings > dispute > promise > payment plan
 * > the ladder (with snooze). Steps are done in order, never before their day, never twice.
 */
import { fromDayNumber, toDayNumber } from '../dates';
import { prescriptionWarning } from '../law';
import type { Client, InvoiceEvent, IsoDate, Scenario } from '../model';
import { announcedPayment } from './announced-payment';
import { workingDayFrom } from './calendar';
import { claimDeclaration } from './claim-declaration';
import { actedOnOrAfter, ladder } from './ladder';
import {
  type BrokenPromise,
  type Common,
  DISPUTE_GUIDANCE,
  type InvoiceFacts,
  type NextAction,
} from './next-action-types';
import { planState } from './plan';
import { summarizeTimeline, type TimelineSummary } from './timeline';

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
