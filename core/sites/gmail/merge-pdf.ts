/**
 * What the attached PDF says, merged into what the email said. Structured data (the Factur-X,
 * ZUGFeRD, CII or UBL XML a PDF embeds) is the invoice itself, so it wins over the email's text;
 * the PDF's text layer is a reading as heuristic as the email's, so it only fills what the email
 * left out — and the issue date, which the email only gave as the day it was sent. A field the
 * PDF does not have stays as detected: nothing is invented. In the content-script bundle: keep
 * it small and free of zod.
 */
import type { PdfFound } from '../../extract/schema';
import type { DetectedGmailInvoice } from './types';

const STRUCTURED_WINS = ['number', 'totalCents', 'currency', 'dueDate', 'issueDate'] as const;
const FILLS = [...STRUCTURED_WINS, 'paymentTerms', 'clientName'] as const;

export function mergePdf(detected: DetectedGmailInvoice, pdf: PdfFound): DetectedGmailInvoice {
  if (pdf.source === 'none') return detected;
  const merged: DetectedGmailInvoice = {
    ...detected,
    sources: { ...detected.sources },
    penaltyMention: pdf.mentionsPenalty,
    penaltyRatePercent: pdf.penaltyRatePercent,
    contractualRate: pdf.contractualRate ?? null,
    indemnityMention: pdf.mentionsIndemnity,
  };
  const read: Record<(typeof FILLS)[number], string | number | null> = {
    ...pdf,
    totalCents: pdf.totalCents ?? pdf.amountDueCents,
    clientName: pdf.buyerName,
  };
  for (const key of FILLS) {
    const value = read[key];
    const wins =
      detected[key] === null ||
      (key === 'issueDate' && detected.sources.issueDate === 'message-date') ||
      (pdf.source !== 'text' && (STRUCTURED_WINS as readonly string[]).includes(key));
    if (value !== null && wins) {
      (merged as Record<typeof key, unknown>)[key] = value;
      merged.sources[key] = 'pdf';
    }
  }
  return merged;
}
