/**
 * The columns of a CSV no profile knows, as the user mapped them once. Remembered by the
 * file's shape (its normalised header), so next month's export of the same bank is read
 * without asking again.
 */
import { z } from 'zod';

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

export const MAX_MAPPINGS = 50;
