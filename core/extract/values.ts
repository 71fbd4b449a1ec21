import type { ExtractedInvoice } from './types';

/**
 * An extraction's values alone (`null` for what was not found), for the tools that compare
 * them: the corpus truth, the accuracy and peer benches.
 */
export function plainValues(inv: ExtractedInvoice) {
  return {
    documentType: inv.documentType?.value ?? null,
    number: inv.number?.value ?? null,
    issueDate: inv.issueDate?.value ?? null,
    dueDate: inv.dueDate?.value ?? null,
    totalCents: inv.totalCents?.value ?? null,
    amountDueCents: inv.amountDueCents?.value ?? null,
    currency: inv.currency?.value ?? null,
    sellerName: inv.sellerName?.value ?? null,
    buyerName: inv.buyerName?.value ?? null,
    buyerEmail: inv.buyerEmail?.value ?? null,
  };
}

export type PlainValues = ReturnType<typeof plainValues>;
