/**
 * What a re-import of a tool's export changes on invoices already tracked (issue #19), and the
 * column mappings the user confirmed for an export's shape. Checked again by the background,
 * inside the write's transaction, against what the preview showed.
 */
import { z } from 'zod';
import { CentsSchema, IdSchema, IsoDateSchema } from './common';
import { InvoiceStatusSchema } from './invoice';
import { singleLine } from './text';

/** An invoice as the import preview needs to know it, to say what a file changes. */
export const KnownInvoiceSchema = z.object({
  id: IdSchema,
  number: singleLine().min(1).max(100),
  totalCents: CentsSchema.nonnegative(),
  amountDueCents: CentsSchema.nonnegative(),
  outstandingCents: CentsSchema,
  status: InvoiceStatusSchema,
});
export type KnownInvoice = z.infer<typeof KnownInvoiceSchema>;

export const ImportUpdateSchema = z
  .object({
    invoiceId: IdSchema,
    number: singleLine().min(1).max(100),
    /** What the preview saw: the write is refused if the invoice changed since. */
    expected: z.object({ totalCents: CentsSchema, outstandingCents: CentsSchema }),
    /** The tool's new total (an amended invoice); `amountDueCents` moves by the same difference. */
    totalCents: CentsSchema.nonnegative().nullable(),
    /** Money the tool recorded that Échéance did not know of. */
    payment: z.object({ amountCents: CentsSchema.positive(), date: IsoDateSchema }).nullable(),
    /** Cancelled (or credited) in the tool: closed here as written off, with the note. */
    cancel: z.boolean(),
    /** Said in the user's language by the preview: « Relevé dans l'export … ». */
    note: z.string().max(500),
  })
  .refine((u) => u.totalCents !== null || u.payment !== null || u.cancel, {
    message: 'une mise à jour sans changement',
  });
export type ImportUpdate = z.infer<typeof ImportUpdateSchema>;

const ColumnIndex = z.number().int().min(-1).max(500);

/** Columns the user confirmed for an export whose header has this signature. */
export const InvoiceImportMappingSchema = z.object({
  /** The normalised header cells joined with « | » (core/import/columns.ts). */
  signature: z.string().min(1).max(4000),
  columns: z.record(z.string().regex(/^[a-z_]{1,30}$/), ColumnIndex),
});
export type InvoiceImportMapping = z.infer<typeof InvoiceImportMappingSchema>;
