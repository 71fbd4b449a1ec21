/**
 * What the texts of a Gmail thread say (subject, bodies, PDF names), for the card's invoice
 * detection (core/sites/gmail/detect.ts `textsToRead`): the text extractor runs here, in the
 * background, and the Gmail page keeps only the decision of which message is the invoice.
 */
import { extractPaymentFields } from '../extract/text';
import type { ExtractedInvoice } from '../extract/types';

export function readGmailTexts(texts: readonly string[]): { found: ExtractedInvoice[] } {
  return { found: texts.map(extractPaymentFields) };
}
