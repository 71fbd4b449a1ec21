/**
 * What an extractor found. Types only, so the Gmail content script can use the extractors
 * without bundling zod; the runtime schema is in ./schema.ts.
 */
import type { z } from 'zod';
import type { ExtractedInvoiceSchema, FieldSourceSchema } from './schema';

export type FieldSource = z.infer<typeof FieldSourceSchema>;
export type ExtractedInvoice = z.infer<typeof ExtractedInvoiceSchema>;
export type ExtractedField = keyof ExtractedInvoice;

export const EMPTY_EXTRACTION: ExtractedInvoice = {
  documentType: null,
  number: null,
  issueDate: null,
  dueDate: null,
  paymentTerms: null,
  totalCents: null,
  amountDueCents: null,
  currency: null,
  sellerName: null,
  sellerId: null,
  buyerName: null,
  buyerEmail: null,
  buyerId: null,
  buyerAddress: null,
  penaltyClause: null,
  penaltyRatePercent: null,
  contractualRate: null,
  mentionsIndemnity: null,
};
