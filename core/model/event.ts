import { z } from 'zod';
import { BankProofSchema } from './bank';
import { ProceedingsKindSchema } from './client';
import { CentsSchema, IdSchema, IsoDateSchema } from './common';
import { invoiceEditedEvent, reopenedEvent } from './invoice-edit';

export const ChannelSchema = z.enum(['email', 'phone', 'letter', 'registered_letter']);
export type Channel = z.infer<typeof ChannelSchema>;

export const CallOutcomeSchema = z.enum(['promise', 'dispute', 'no_answer', 'claims_paid']);
export type CallOutcome = z.infer<typeof CallOutcomeSchema>;

const base = {
  id: IdSchema,
  invoiceId: IdSchema,
  /** The calendar day it happened (user's time zone). */
  date: IsoDateSchema,
  createdAt: z.iso.datetime({ offset: true }),
  note: z.string().max(5000).default(''),
};

export const InstallmentSchema = z.object({ date: IsoDateSchema, amountCents: CentsSchema.positive() });
export type Installment = z.infer<typeof InstallmentSchema>;

/** One entry of an invoice's timeline. Steps are referred to by their stable id. */
export const EventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('reminder_sent'),
    stepId: IdSchema.nullable(),
    channel: ChannelSchema,
    template: z.string().max(100),
    gmailThreadId: z.string().max(200).nullable().default(null),
    gmailMessageId: z.string().max(200).nullable().default(null),
  }),
  z.object({
    ...base,
    type: z.literal('call'),
    stepId: IdSchema.nullable().default(null),
    outcome: CallOutcomeSchema,
    promisedDate: IsoDateSchema.nullable().default(null),
  }),
  z.object({
    ...base,
    type: z.literal('letter_sent'),
    stepId: IdSchema.nullable().default(null),
    registered: z.boolean(),
    trackingNumber: z.string().max(100).nullable().default(null),
  }),
  z.object({ ...base, type: z.literal('receipt_acknowledged') }),
  z.object({
    ...base,
    type: z.literal('formal_notice_sent'),
    stepId: IdSchema.nullable().default(null),
    trackingNumber: z.string().max(100).nullable().default(null),
    /**
     * The days the notice gave the client to pay (settings formalNoticeDelayDays when it was
     * generated, 8–15); null when unknown (declared when tracking, or recorded before it was kept).
     */
    deadlineDays: z.number().int().min(8).max(15).nullable().default(null),
  }),
  z.object({
    ...base,
    type: z.literal('payment'),
    amountCents: CentsSchema.positive(),
    /** The bank line that proves it, when it was recorded from a statement (issue #17). */
    bank: BankProofSchema.optional(),
  }),
  z.object({
    ...base,
    // « Le virement est parti » written by the client (read in Gmail, confirmed by the user):
    // the ladder waits until `promisedDate` for the money, like a « dit avoir payé » call.
    type: z.literal('payment_announced'),
    channel: z.literal('email'),
    promisedDate: IsoDateSchema,
    gmailMessageId: z.string().max(200).nullable().default(null),
  }),
  z.object({ ...base, type: z.literal('dispute_opened') }),
  z.object({ ...base, type: z.literal('dispute_resolved') }),
  z.object({
    ...base,
    type: z.literal('payment_plan'),
    installments: z.array(InstallmentSchema).min(1).max(60),
  }),
  z.object({
    ...base,
    type: z.literal('proceedings_opened'),
    kind: ProceedingsKindSchema,
    bodaccDate: IsoDateSchema,
  }),
  z.object({ ...base, type: z.literal('claim_declared') }),
  z.object({ ...base, type: z.literal('court_filing'), stepId: IdSchema.nullable().default(null) }),
  z.object({ ...base, type: z.literal('written_off') }),
  z.object({ ...base, type: z.literal('step_skipped'), stepId: IdSchema }),
  z.object({ ...base, type: z.literal('snoozed'), until: IsoDateSchema }),
  // Issue #20: an edit and a reopening, written in the history (core/model/invoice-edit.ts).
  invoiceEditedEvent,
  reopenedEvent,
]);
export type InvoiceEvent = z.infer<typeof EventSchema>;
export type InvoiceEventInput = z.input<typeof EventSchema>;
export type EventType = InvoiceEvent['type'];
