/**
 * What the bank statements leave behind: the bank line that proves a payment (kept in the
 * payment event — the statement itself is not stored) and the column mappings the user set
 * for CSV layouts no profile knows (core/bank/profiles).
 */
import { z } from 'zod';
import { CentsSchema, CurrencySchema, IsoDateSchema } from './common';

export const BankLineSchema = z.object({
  row: z.number().int().min(0).max(10_000_000),
  date: IsoDateSchema,
  amountCents: CentsSchema,
  currency: CurrencySchema,
  label: z.string().max(2000),
  counterparty: z.string().max(500).nullable(),
  reference: z.string().max(500).nullable(),
  source: z.enum(['csv', 'ofx', 'camt053']),
});

/** The bank line a payment was recorded from, and its hash (core/bank/hash) for de-duplication. */
export const BankProofSchema = BankLineSchema.omit({ row: true }).extend({
  hash: z.string().min(1).max(40),
  file: z.string().max(300),
});
export type BankProof = z.infer<typeof BankProofSchema>;

const Column = z.number().int().min(0).max(200);

export const CsvMappingSchema = z
  .object({
    /** normalizeName of each header cell, joined with « | ». */
    signature: z.string().min(1).max(4000),
    /** What the user calls it (« LCL pro »), shown in the review. */
    name: z.string().trim().max(100).default(''),
    date: Column,
    amount: Column.nullable().default(null),
    debit: Column.nullable().default(null),
    credit: Column.nullable().default(null),
    label: z.array(Column).min(1).max(5),
    counterparty: Column.nullable().default(null),
    reference: Column.nullable().default(null),
    decimal: z.enum([',', '.']).default(','),
  })
  .refine((m) => m.amount !== null || (m.debit !== null && m.credit !== null), {
    message: 'il faut une colonne « montant », ou une colonne « débit » et une colonne « crédit »',
    path: ['amount'],
  });
export type CsvMapping = z.infer<typeof CsvMappingSchema>;
export type CsvMappingInput = z.input<typeof CsvMappingSchema>;

/** One confirmed bank line and the invoices it pays (issue #17). */
export const BankPaymentSchema = z.object({
  hash: z.string().min(1).max(40),
  file: z.string().max(300),
  line: BankLineSchema,
  allocations: z
    .array(
      z.object({ invoiceId: z.string().min(1).max(100), amountCents: z.number().int().positive().safe() }),
    )
    .min(1)
    .max(50),
});
export type BankPayment = z.infer<typeof BankPaymentSchema>;
