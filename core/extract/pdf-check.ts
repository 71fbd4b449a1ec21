/**
 * A Factur-X/ZUGFeRD PDF says everything twice: in its embedded XML and on its visible page.
 * Import takes the XML (structured data), but a forged or badly generated file can show one
 * number, total, due date or IBAN to the eye and carry another in the XML. Each of these is
 * compared; a difference is reported only when the page reading found another value AND the
 * XML's value appears nowhere in the page's text — so a page the layout reader misread
 * (it is right about 95 % of the time, not always) raises no false alarm.
 */
import type { ExtractedInvoice } from './types';

export type CheckedField = 'number' | 'totalCents' | 'amountDueCents' | 'dueDate' | 'iban';

/** One field on which the page and the XML differ; amounts in cents, dates ISO. */
export interface Disagreement {
  field: CheckedField;
  xml: string;
  page: string;
}

const compact = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, '').toUpperCase();

/** « 1 500,00 », « 1.500,00 », « 1,500.00 », « 1500.00 » for 150000 cents. */
function showsAmount(text: string, cents: number): boolean {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100));
  const dec = String(abs % 100).padStart(2, '0');
  // Digits in groups of three, each group optionally led by a thousands separator.
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, "[\\s\\u00a0\\u202f.,']?");
  return new RegExp(`(?<![\\d.,])${grouped}[.,]${dec}(?!\\d)`).test(text);
}

const MONTHS = [
  ['janvier', 'january'],
  ['février', 'february'],
  ['mars', 'march'],
  ['avril', 'april'],
  ['mai', 'may'],
  ['juin', 'june'],
  ['juillet', 'july'],
  ['août', 'august'],
  ['septembre', 'september'],
  ['octobre', 'october'],
  ['novembre', 'november'],
  ['décembre', 'december'],
];

/** 2026-03-02 as 02/03/2026, 2.3.2026, 02-03-26, 2026-03-02, « 2 mars 2026 », « March 2, 2026 ». */
function showsDate(text: string, iso: string): boolean {
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d) return false;
  const day = `0?${Number(d)}`;
  const month = `0?${Number(m)}`;
  const year = `(?:${y}|${y.slice(2)})`;
  const names = (MONTHS[Number(m) - 1] ?? []).join('|');
  const forms = [
    `(?<!\\d)${day}[/.\\-]${month}[/.\\-]${year}(?!\\d)`,
    `(?<!\\d)${y}[/.\\-]${m}[/.\\-]${d}(?!\\d)`,
    `(?<!\\d)${Number(d)}(?:er)?\\s+(?:${names})\\.?\\s+${y}`,
    `(?:${names})\\s+${Number(d)},?\\s+${y}`,
  ];
  return forms.some((f) => new RegExp(f, 'i').test(text));
}

/** The payee's IBAN in CII (BT-84, PayeePartyCreditorFinancialAccount) or UBL (PayeeFinancialAccount). */
export function payeeIban(xml: string): string | null {
  const m =
    /PayeePartyCreditorFinancialAccount>\s*(?:<!--[\s\S]*?-->\s*)?<(?:[\w-]+:)?IBANID>([^<]{5,60})</.exec(
      xml,
    ) ?? /PayeeFinancialAccount>\s*(?:<!--[\s\S]*?-->\s*)?<(?:[\w-]+:)?ID[^>]*>([^<]{5,60})</.exec(xml);
  return m?.[1] ? compact(m[1]) : null;
}

/** IBANs written after an « IBAN » label on the page. */
function pageIbans(text: string): string[] {
  const found = text.matchAll(/IBAN\s*[:.]?\s*([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){8,30})/gi);
  return [...found].map((m) => compact(m[1] ?? ''));
}

export function crossCheck(
  xml: ExtractedInvoice,
  xmlText: string,
  page: ExtractedInvoice | null,
  pageText: string,
): Disagreement[] {
  const out: Disagreement[] = [];
  const flat = compact(pageText);
  const number = xml.number?.value;
  const pageNumber = page?.number?.value;
  if (number && pageNumber && compact(number) !== compact(pageNumber) && !flat.includes(compact(number)))
    out.push({ field: 'number', xml: number, page: pageNumber });
  for (const f of ['totalCents', 'amountDueCents'] as const) {
    const a = xml[f]?.value;
    const b = page?.[f]?.value;
    if (typeof a === 'number' && typeof b === 'number' && a !== b && !showsAmount(pageText, a))
      out.push({ field: f, xml: String(a), page: String(b) });
  }
  const due = xml.dueDate?.value;
  const pageDue = page?.dueDate?.value;
  if (due && pageDue && due !== pageDue && !showsDate(pageText, due))
    out.push({ field: 'dueDate', xml: due, page: pageDue });
  const iban = payeeIban(xmlText);
  const shown = pageIbans(pageText);
  if (iban && shown.length > 0 && !shown.includes(iban) && !flat.includes(iban))
    out.push({ field: 'iban', xml: iban, page: shown[0] ?? '' });
  return out;
}
