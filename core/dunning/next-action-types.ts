/**
 * What the next-action engine answers for an invoice: nothing to do, wait (and why, until
 * when), declare the claim in collective proceedings, or take a step of the scenario.
 */
import type { WarningCode } from '../law';
import type { Client, Installment, Invoice, IsoDate, ProceedingsKind, ScenarioStep } from '../model';

/** What to tell a user whose client disputes the invoice (no injonction de payer, CPC 1405). */
export const DISPUTE_GUIDANCE = ['talk', 'mediation', 'no-court-order-for-contested-claims'] as const;
type DisputeGuidance = (typeof DISPUTE_GUIDANCE)[number];

export interface BrokenPromise {
  madeOn: IsoDate;
  promisedDate: IsoDate;
}

export interface Common {
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

export type InvoiceFacts = Pick<Invoice, 'amountDueCents' | 'dueDate' | 'issueDate'>;
