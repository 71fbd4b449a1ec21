/**
 * One invoice to import, whatever brought it (a CSV row, a PDF, an e-invoice, an invoicing web
 * page), already parsed and checked: what core/import produces and core/db writes.
 */
import { z } from 'zod';
import { ClientKindSchema, ContractualRateSchema, IsoDateSchema } from './common';
import { InvoiceOriginSchema, MentionsSchema } from './invoice';
import { multiLine, singleLine } from './text';
import { WhereaboutsSchema } from './whereabouts';

export const ImportItemSchema = z.object({
  number: singleLine().trim().min(1).max(100),
  clientName: singleLine().trim().min(1).max(300),
  clientEmail: z.email().nullable(),
  clientKind: ClientKindSchema,
  clientPhone: singleLine().max(40).nullable().default(null),
  clientAddress: multiLine().max(500).nullable().default(null),
  clientSiren: z
    .string()
    .regex(/^\d{9}$/)
    .nullable()
    .default(null),
  totalCents: z.number().int().nonnegative().safe(),
  amountDueCents: z.number().int().nonnegative().safe(),
  issueDate: IsoDateSchema.nullable(),
  dueDate: IsoDateSchema,
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('EUR'),
  // What structured sources (PDF, Factur-X, UBL, web pages) know and a CSV does not.
  paymentTerms: singleLine().max(300).nullable().default(null),
  contractualRatePercent: z.number().min(0).max(100).nullable().default(null),
  /** The rate with its kind; wins over `contractualRatePercent` when set. */
  contractualRate: ContractualRateSchema.nullable().optional(),
  mentions: MentionsSchema.nullable().default(null),
  /** Where this item came from, when it differs from the batch's origin (one file each). */
  origin: InvoiceOriginSchema.nullable().default(null),
  /** The invoice PDF itself, kept for letters and the court file. */
  file: z
    .object({ name: singleLine().max(300), mime: singleLine().max(100), base64: z.string().max(28_000_000) })
    .nullable()
    .default(null),
  /** « Où en êtes-vous ? » for this row, when the invoice is late (issue #19). */
  whereabouts: WhereaboutsSchema.optional(),
});
export type ImportItem = z.infer<typeof ImportItemSchema>;
/** An item before its defaults are filled (what a form or a page builds). */
export type ImportItemInput = z.input<typeof ImportItemSchema>;
