/**
 * A PDF without e-invoice XML: the plain-text heuristics over its lines, then the layout
 * reading over its positioned cells, which wins where it found a field.
 */
import { type ExtractionResult, extractionError } from './errors';
import type { PageLayout } from './layout';
import { textOfLayout } from './layout';
import { mergeLayout, readLayout } from './layout-read';
import { extractFromText, normalizeText } from './text';
import type { ExtractedInvoice } from './types';

export function extractFromLayout(pages: PageLayout[]): ExtractedInvoice {
  const text = pages.map(textOfLayout).join('\n\n');
  return mergeLayout(extractFromText(text), readLayout(pages, normalizeText(text)));
}

export function extractResultFromLayout(pages: PageLayout[]): ExtractionResult {
  const invoice = extractFromLayout(pages);
  const found = invoice.number !== null || invoice.totalCents !== null || invoice.issueDate !== null;
  return found ? { ok: true, invoice, format: 'text' } : extractionError('nothing_found');
}
