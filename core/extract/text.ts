/**
 * Invoice fields from plain text: an email's subject and body, or the text layer of a PDF.
 * Heuristics for French, English and German. A field is filled only when a label or the
 * wording says what it is; otherwise it stays null (the user is asked, nothing is invented).
 */

import { type ExtractionResult, extractionError } from './errors';
import { findAmounts, type Money, soleCurrency } from './text-amounts';
import { findPenaltyClause, findTerms, mentionsIndemnity } from './text-clauses';
import { findDates, type Span } from './text-dates';
import { AMOUNT_LABELS, type AmountLabel, DATE_LABELS } from './text-labels';
import { documentTypeOf, findInvoiceNumber } from './text-number';
import { findLabels, pairLabels } from './text-pairing';
import { findBuyer, findSellerName } from './text-parties';
import { EMPTY_EXTRACTION, type ExtractedInvoice } from './types';

/**
 * One kind of space, one apostrophe, no carriage returns: the patterns stay simple. A tab or a
 * wide gap is a column break and becomes one tab (PDF layouts put the seller and the client
 * side by side; the client block is read in its own column).
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u202f\u2007\u2009]/g, ' ')
    .replace(/[’ʼ`´]/g, "'")
    .replace(/ *\t[ \t]*| {2,}/g, '\t')
    .replace(/[ \t]*\n[ \t]*/g, '\n');
}

const fromText = <T>(value: T | null | undefined) =>
  value === null || value === undefined ? null : { value, source: 'text' as const };

const NO_VAT_RE =
  /TVA\s+non\s+applicable|293\s*B|franchise\s+en\s+base|VAT\s+not\s+applicable|Kleinunternehmer|§\s*19\s*UStG/i;

/** Invoices are far shorter; an email crafted to be huge must not freeze the page. */
const MAX_TEXT_CHARS = 200_000;

export function extractFromText(input: string): ExtractedInvoice {
  const text = normalizeText(input.slice(0, MAX_TEXT_CHARS));
  const penalty = findPenaltyClause(text);
  return {
    ...paymentFields(text),
    sellerName: fromText(findSellerName(text)),
    penaltyClause: fromText(penalty?.clause),
    penaltyRatePercent: fromText(penalty?.ratePercent),
    contractualRate: fromText(penalty?.rate),
    mentionsIndemnity: fromText(mentionsIndemnity(text)),
  };
}

/**
 * What an e-mail about an invoice is read for (Gmail's card): its kind, number, dates, terms,
 * amounts and buyer. The clauses (penalty rate, 40 €) are read from the PDF in the background,
 * so the content script does not carry their readers.
 */
export function extractPaymentFields(input: string): ExtractedInvoice {
  return paymentFields(normalizeText(input.slice(0, MAX_TEXT_CHARS)));
}

function paymentFields(text: string): ExtractedInvoice {
  const dates = findDates(text);
  const amounts = findAmounts(text).filter((a) => !dates.some((d) => a.start < d.end && d.start < a.end));
  const terms = findTerms(text);
  const buyer = findBuyer(text);
  const { dueDate, issueDate } = pickDates(text, dates, amounts, terms);
  const money = pickAmounts(text, amounts);
  return {
    ...EMPTY_EXTRACTION,
    documentType: fromText(documentTypeOf(text)),
    number: fromText(findInvoiceNumber(text)),
    issueDate: fromText(issueDate),
    dueDate: fromText(dueDate),
    paymentTerms: fromText(terms[0]?.value),
    totalCents: fromText(money.total?.cents),
    amountDueCents: fromText(money.due?.cents),
    currency: fromText(money.total?.currency ?? money.due?.currency ?? soleCurrency(text)),
    buyerName: fromText(buyer.name),
    buyerEmail: fromText(buyer.email),
  };
}

function pickDates(text: string, dates: Span<string>[], amounts: Span<Money>[], terms: Span<string>[]) {
  const labels = findLabels(text, DATE_LABELS);
  // Amounts and payment terms answer a label too, so that « Échéance : 30 jours » does not
  // pass « Échéance » on to the next date in the text.
  const values: Span<string | null>[] = [
    ...dates,
    ...amounts.map((a) => ({ ...a, value: null })),
    ...terms.map((t) => ({ ...t, value: null })),
  ];
  const paired = pairLabels(text, labels, values);
  return { issueDate: paired.get('issue')?.[0] ?? null, dueDate: paired.get('due')?.[0] ?? null };
}

function pickAmounts(text: string, amounts: Span<Money>[]): { total: Money | null; due: Money | null } {
  const paired = pairLabels(text, findLabels(text, AMOUNT_LABELS), amounts);
  const largest = (kind: AmountLabel): Money | null => {
    const list = paired.get(kind) ?? [];
    // Several values under one label kind: line totals and the invoice total; the latter is the largest.
    return list.reduce<Money | null>(
      (best, m) => (!best || Math.abs(m.cents) > Math.abs(best.cents) ? m : best),
      null,
    );
  };
  const due = largest('due');
  const net = NO_VAT_RE.test(text) ? largest('net') : null;
  return { total: largest('gross') ?? largest('total') ?? due ?? net ?? onlyAmount(amounts), due };
}

/** A short message naming a single sum (« Facture de 1 500 € ») means that sum. */
function onlyAmount(amounts: Span<Money>[]): Money | null {
  const withCurrency = amounts.filter((a) => a.value.currency !== null);
  const values = new Set(withCurrency.map((a) => a.value.cents));
  return values.size === 1 ? withCurrency[0]!.value : null;
}

/** extractFromText as a result: an error when not even a number, an amount or a date was found. */
export function extractResultFromText(input: string): ExtractionResult {
  const invoice = extractFromText(input);
  const found = invoice.number !== null || invoice.totalCents !== null || invoice.issueDate !== null;
  return found ? { ok: true, invoice, format: 'text' } : extractionError('nothing_found');
}
