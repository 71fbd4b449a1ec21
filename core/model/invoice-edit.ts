/**
 * Issue #20, « Modifier » and « Rouvrir »: what the user may change on an invoice, and the two
 * history entries those changes leave. The entries are event types of their own, neutral for
 * the engine (core/dunning's timeline ignores them): an older build reading a newer backup is
 * the only reader that would not know them; every older backup still reads as before.
 */
import { z } from 'zod';
import { CentsSchema, CurrencySchema, IdSchema, IsoDateSchema } from './common';
import { MentionsSchema } from './invoice';
import { singleLine } from './text';

/** The facts of an invoice the user can correct on its page; the rest is derived or captured. */
export const InvoiceEditSchema = z.object({
  number: singleLine().trim().min(1).max(100),
  clientId: IdSchema,
  issueDate: IsoDateSchema.nullable(),
  dueDate: IsoDateSchema,
  paymentTerms: singleLine().max(300).nullable(),
  totalCents: CentsSchema.nonnegative(),
  amountDueCents: CentsSchema.nonnegative(),
  currency: CurrencySchema,
  mentions: MentionsSchema,
  /** The invoice's own scenario; null: the client's (else the settings' default). */
  scenarioId: IdSchema.nullable(),
});
export type InvoiceEdit = z.infer<typeof InvoiceEditSchema>;
export type EditedField = keyof InvoiceEdit;

/** One field as it was and as it became, written plainly (cents, ISO dates, names) for the history. */
export const FieldChangeSchema = z.object({
  field: z.string().min(1).max(50),
  from: z.string().max(500),
  to: z.string().max(500),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

const base = {
  id: IdSchema,
  invoiceId: IdSchema,
  date: IsoDateSchema,
  createdAt: z.iso.datetime({ offset: true }),
  note: z.string().max(5000).default(''),
};

/** The history entries of an edit and of a reopening (members of EventSchema). */
export const invoiceEditedEvent = z.object({
  ...base,
  type: z.literal('invoice_edited'),
  changes: z.array(FieldChangeSchema).min(1).max(30),
});
export const reopenedEvent = z.object({
  ...base,
  type: z.literal('reopened'),
  /** The payment the reopening removed; null when the invoice was written off, not paid. */
  payment: z.object({ date: IsoDateSchema, amountCents: CentsSchema.positive() }).nullable(),
});
