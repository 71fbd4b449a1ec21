import { z } from 'zod';
import { CentsSchema, ContractualRateSchema, CurrencySchema, IdSchema, IsoDateSchema } from './common';
import { singleLine } from './text';

/** Where an invoice was captured; lets « Relancer » reply in the right Gmail thread. */
export const InvoiceOriginSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('gmail'),
    threadId: singleLine().min(1).max(200),
    messageId: z.string().max(200).nullable().default(null),
    /** The `/mail/u/<n>/` account index the thread lives in. */
    account: z.number().int().min(0).max(20).default(0),
  }),
  // Only web pages: a `javascript:` or `data:` address would run when a link to it is opened.
  z.object({ kind: z.literal('web'), url: z.url({ protocol: /^https?$/ }).max(2000) }),
  z.object({ kind: z.literal('pdf'), fileName: singleLine().max(300) }),
  z.object({ kind: z.literal('einvoice'), fileName: singleLine().max(300) }),
  z.object({ kind: z.literal('csv'), fileName: singleLine().max(300).nullable().default(null) }),
  z.object({ kind: z.literal('manual') }),
]);
export type InvoiceOrigin = z.infer<typeof InvoiceOriginSchema>;

/** The mentions of C. com. L441-9 that make penalties and the 40 € claimable. */
export const MentionsSchema = z.object({
  dueDate: z.boolean(),
  penaltyRate: z.boolean(),
  recoveryIndemnity: z.boolean(),
});
export type Mentions = z.infer<typeof MentionsSchema>;

/**
 * Cached by the background from the events (core/dunning), so that lists can be
 * indexed and sorted without replaying every timeline.
 */
export const InvoiceStatusSchema = z.enum([
  'open',
  'disputed',
  'promised',
  'plan',
  'proceedings',
  'paid',
  'written_off',
]);
export type InvoiceStatus = z.infer<typeof InvoiceStatusSchema>;

export const InvoiceSchema = z.object({
  id: IdSchema,
  number: singleLine().trim().min(1).max(100),
  clientId: IdSchema,
  issueDate: IsoDateSchema.nullable(),
  dueDate: IsoDateSchema,
  /** The payment terms as written on the invoice ("30 jours fin de mois"), when known. */
  paymentTerms: singleLine().max(300).nullable().default(null),
  /** Total incl. tax. */
  totalCents: CentsSchema.nonnegative(),
  /** What was still due when the invoice was captured (after deposits); payments recorded
   *  later are events, and `outstandingCents` is what remains after them. */
  amountDueCents: CentsSchema.nonnegative(),
  currency: CurrencySchema.default('EUR'),
  /** Rate stated by the invoice or the terms of sale, in percent a year (legacy: a fixed rate;
   *  kept in step with `contractualRate` for older readers). */
  contractualRatePercent: z.number().min(0).max(100).nullable().default(null),
  /** The rate with its kind (fixed, N × legal rate, ECB + N); absent on invoices stored before
   *  the kinds existed, which read `contractualRatePercent` instead (effectiveContractualRate). */
  contractualRate: ContractualRateSchema.nullable().optional(),
  mentions: MentionsSchema.default({ dueDate: true, penaltyRate: false, recoveryIndemnity: false }),
  origin: InvoiceOriginSchema,
  /** Id of the stored PDF in the `files` table. */
  fileId: IdSchema.nullable().default(null),
  /** Issue #20: a scenario chosen for this invoice alone (« Modifier »); absent or null: the client's. */
  scenarioId: IdSchema.nullable().optional(),
  createdAt: z.iso.datetime({ offset: true }),
  // Cached, derived from events by core/dunning; refreshed on each write.
  status: InvoiceStatusSchema.default('open'),
  outstandingCents: CentsSchema,
  /** Day of the next planned action, `null` when nothing is planned (closed, paused with no date). */
  nextActionDate: IsoDateSchema.nullable().default(null),
});
export type Invoice = z.infer<typeof InvoiceSchema>;
export type InvoiceInput = z.input<typeof InvoiceSchema>;
