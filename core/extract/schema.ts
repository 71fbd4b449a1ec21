/** The zod form of an extraction, for whoever receives one (the background, tests). */
import { z } from 'zod';
import { ContractualRateSchema, IsoDateSchema } from '../model/common';
import { singleLine } from '../model/text';

/** Where a field was read from: structured data always beats text. */
export const FieldSourceSchema = z.enum([
  'facturx',
  'zugferd',
  'ubl',
  'cii',
  'jsonld',
  'microdata',
  'text',
  'email',
]);

/**
 * `confidence` (0–1) is set by the layout reading of PDFs: below GUESS_BELOW (layout-read.ts)
 * the field is shown as a guess to check. Structured sources leave it out: they are certain.
 */
const field = <T extends z.ZodType>(value: T) =>
  z.object({ value, source: FieldSourceSchema, confidence: z.number().min(0).max(1).optional() }).nullable();

/**
 * What an extractor found in a file or page: a field that was not found is `null`, never guessed.
 * Dates are `YYYY-MM-DD`, money is integer cents.
 */
export const ExtractedInvoiceSchema = z.object({
  documentType: field(z.enum(['invoice', 'credit_note'])),
  number: field(z.string()),
  issueDate: field(z.string()),
  dueDate: field(z.string()),
  paymentTerms: field(z.string()),
  totalCents: field(z.number().int()),
  amountDueCents: field(z.number().int()),
  currency: field(z.string()),
  sellerName: field(z.string()),
  sellerId: field(z.string()),
  buyerName: field(z.string()),
  buyerEmail: field(z.string()),
  buyerId: field(z.string()),
  buyerAddress: field(z.string()),
  penaltyClause: field(z.string()),
  /** Contractual penalty rate read from the penalty clause, percent a year. */
  penaltyRatePercent: field(z.number()),
  /** The same clause's rate with its kind (« trois fois le taux d'intérêt légal »…). */
  contractualRate: field(ContractualRateSchema),
  /** True when the text mentions the 40 € recovery indemnity. */
  mentionsIndemnity: field(z.boolean()),
});

/**
 * What the PDF attached to a Gmail message says, as the card uses it (core/extract/pdf-found.ts
 * reduces an extraction to it). `null` for what was not found, never a guess; `source` is `none`
 * when the file could not be read.
 */
export const PdfFoundSchema = z.object({
  number: z.string().max(100).nullable(),
  issueDate: IsoDateSchema.nullable(),
  dueDate: IsoDateSchema.nullable(),
  paymentTerms: singleLine().max(300).nullable(),
  totalCents: z.number().int().safe().nullable(),
  amountDueCents: z.number().int().safe().nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  buyerName: z.string().max(300).nullable(),
  /** A late-payment penalty clause is printed (with or without a numeric rate). */
  mentionsPenalty: z.boolean(),
  penaltyRatePercent: z.number().min(0).max(100).nullable(),
  /** The clause's rate with its kind (« trois fois le taux d'intérêt légal »…). */
  contractualRate: ContractualRateSchema.nullable().optional(),
  mentionsIndemnity: z.boolean(),
  source: z.enum(['facturx', 'zugferd', 'ubl', 'cii', 'text', 'none']),
});
export type PdfFound = z.infer<typeof PdfFoundSchema>;

/** A PDF read: what it says, and why nothing was found when it could not be read. */
export const PdfReadingSchema = z.object({
  found: PdfFoundSchema,
  error: z.object({ code: z.string().max(50), message: z.string().max(300) }).nullable(),
  /** The id under which the background keeps the file for « Suivre » (Gmail attachments only). */
  fileRef: z.string().max(100).nullish(),
});
export type PdfReading = z.infer<typeof PdfReadingSchema>;
