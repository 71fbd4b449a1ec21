/**
 * Payment terms as written on invoices → a due date, with the B2B legal maximums of
 * C. com. L441-10 I flagged: 60 days after the invoice date, or 45 days end of month when
 * expressly agreed; 30 days after the service when nothing is stated.
 */
import { addDays, endOfMonth, latestDate, parseDate } from '../dates';
import type { ClientKind, IsoDate } from '../model';
import { type WarningCode, warningCode } from './warning-codes';

export type PaymentTerms =
  | { kind: 'fixed-date'; date: IsoDate }
  | { kind: 'on-receipt' }
  /** N days from the invoice date ("30 jours", "net 30", "60 jours date de facture"). */
  | { kind: 'net'; days: number }
  /**
   * "45 jours fin de mois" is read as +45 days then end of month (the usual reading);
   * "fin de mois + 45 jours" as end of month then +45 days. The law (C. com. L441-10 I) leaves it open.
   */
  | { kind: 'end-of-month'; days: number; order: 'days-then-end-of-month' | 'end-of-month-then-days' };

const DATE_IN_TEXT = /\b(\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\b/;
const ON_RECEIPT =
  /(?:[àa]|d[èe]s)\s+(?:la\s+)?r[ée]ception|comptant|imm[ée]diat|(?:upon|on)\s+receipt|due\s+immediately/i;
const DAYS_THEN_EOM =
  /(\d{1,3})\s*(?:jours?|j\b\.?|days?)\s*(?:nets?\s*)?(?:,\s*)?(?:fin\s+de\s+mois|fdm|end\s+of\s+(?:the\s+)?month|eom)/i;
const EOM_THEN_DAYS =
  /(?:fin\s+de\s+mois|fdm|end\s+of\s+(?:the\s+)?month|eom)\s*(?:\+|plus)?\s*(\d{1,3})\s*(?:jours?|j\b|days?)/i;
const EOM_ALONE =
  /^(?:(?:paiement|payable|due)\s+)?(?:[àa]\s+)?(?:la\s+)?(?:fin\s+de\s+mois|end\s+of\s+(?:the\s+)?month)\b/i;
const NET_DAYS = /(?:net\s*(\d{1,3})\b|(\d{1,3})\s*(?:jours?|j\b\.?|days?)\b)/i;

/** Reads payment terms; null when the text says nothing we recognise. */
export function parsePaymentTerms(text: string): PaymentTerms | null {
  const s = text.trim();
  if (!s) return null;
  const date = DATE_IN_TEXT.exec(s);
  if (date) {
    const parsed = parseDate(date[1]!);
    if (parsed) return { kind: 'fixed-date', date: parsed };
  }
  if (ON_RECEIPT.test(s)) return { kind: 'on-receipt' };
  const daysThenEom = DAYS_THEN_EOM.exec(s);
  if (daysThenEom)
    return { kind: 'end-of-month', days: Number(daysThenEom[1]), order: 'days-then-end-of-month' };
  const eomThenDays = EOM_THEN_DAYS.exec(s);
  if (eomThenDays)
    return { kind: 'end-of-month', days: Number(eomThenDays[1]), order: 'end-of-month-then-days' };
  if (EOM_ALONE.test(s)) return { kind: 'end-of-month', days: 0, order: 'end-of-month-then-days' };
  const net = NET_DAYS.exec(s);
  if (net) return { kind: 'net', days: Number(net[1] ?? net[2]) };
  return null;
}

export function applyPaymentTerms(terms: PaymentTerms, issueDate: IsoDate): IsoDate {
  switch (terms.kind) {
    case 'fixed-date':
      return terms.date;
    case 'on-receipt':
      return issueDate;
    case 'net':
      return addDays(issueDate, terms.days);
    case 'end-of-month':
      return terms.order === 'days-then-end-of-month'
        ? endOfMonth(addDays(issueDate, terms.days))
        : addDays(endOfMonth(issueDate), terms.days);
  }
}

/**
 * The latest due date L441-10 I allows between businesses. Since the computation of "45 jours
 * fin de mois" is disputed, we take the latest of both readings: we flag only clear excesses.
 */
export function legalMaximumDueDate(issueDate: IsoDate): IsoDate {
  const candidates = [
    addDays(issueDate, 60),
    endOfMonth(addDays(issueDate, 45)),
    addDays(endOfMonth(issueDate), 45),
  ];
  return candidates.reduce(latestDate);
}

export interface DueDateInput {
  terms: string | null;
  issueDate: IsoDate | null;
  /** Day the service was done or the goods received; the default term runs from it. */
  serviceDate?: IsoDate | null;
  clientKind?: ClientKind;
}

export interface DueDateResult {
  dueDate: IsoDate | null;
  terms: PaymentTerms | null;
  warnings: WarningCode[];
}

export function dueDateFromTerms(input: DueDateInput): DueDateResult {
  const text = input.terms?.trim() ?? '';
  const terms = text ? parsePaymentTerms(text) : null;
  if (!terms) {
    if (text)
      return { dueDate: null, terms: null, warnings: [warningCode('terms-unreadable', text.slice(0, 60))] };
    // L441-10 I: without stipulation, 30 days after the service (the invoice date as a proxy).
    const from = input.serviceDate ?? input.issueDate;
    if (!from)
      return { dueDate: null, terms: null, warnings: ['terms-default-30-days', 'terms-need-issue-date'] };
    return { dueDate: addDays(from, 30), terms: null, warnings: ['terms-default-30-days'] };
  }
  if (terms.kind !== 'fixed-date' && !input.issueDate) {
    return { dueDate: null, terms, warnings: ['terms-need-issue-date'] };
  }
  const warnings: WarningCode[] = [];
  const dueDate = terms.kind === 'fixed-date' ? terms.date : applyPaymentTerms(terms, input.issueDate!);
  if (input.clientKind !== 'particulier' && input.issueDate) {
    const maximum = legalMaximumDueDate(input.issueDate);
    if (dueDate > maximum) warnings.push(warningCode('terms-exceed-legal-maximum', maximum));
  }
  return { dueDate, terms, warnings };
}
