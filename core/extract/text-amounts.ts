/**
 * Amounts of money in running text. A bare number is not money: we take a figure only when it
 * carries a currency (`1 500 €`, `EUR 1500`) or cents (`1 500,00`), so quantities, SIRET and
 * phone numbers stay out.
 */
import { parseAmount } from '../money';
import type { Span } from './text-dates';

export interface Money {
  cents: number;
  currency: string | null;
}

const CURRENCY_CODES: Record<string, string> = {
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  ca$: 'CAD',
  cad: 'CAD',
  '£': 'GBP',
  gbp: 'GBP',
  chf: 'CHF',
};

const CUR = String.raw`€|EUR\b|euros?\b|US\$|CA\$|\$|USD\b|CAD\b|£|GBP\b|CHF\b`;
// Thousands grouped by a space (incl. no-break ones, normalised before), a dot, a comma or an apostrophe.
const NUM = String.raw`\d{1,3}(?:[ .,']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const AMOUNT_RE = new RegExp(
  String.raw`(?<![\d.,\p{L}\-/])([-−])?(?:(${CUR})\s?)?([-−])?(${NUM})(?!\s?%|\d|[.,]\d)(?:\s?(${CUR}))?`,
  'giu',
);

export function currencyCode(marker: string): string | null {
  return CURRENCY_CODES[marker.toLowerCase()] ?? null;
}

/** Every amount of money in the text, in reading order. */
export function findAmounts(text: string): Span<Money>[] {
  const found: Span<Money>[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const [all, sign, before, innerSign, digits, after] = m;
    const marker = before ?? after;
    const hasCents = /[.,]\d{2}$/.test(digits!);
    if (!marker && !hasCents) continue;
    const cents = parseAmount(digits!);
    if (cents === null) continue;
    const negative = Boolean(sign || innerSign);
    found.push({
      value: { cents: negative ? -cents : cents, currency: marker ? currencyCode(marker) : null },
      start: m.index,
      end: m.index + all.length,
    });
  }
  return found;
}

const CURRENCY_WORD_RE = new RegExp(String.raw`(?<!\p{L})(${CUR})`, 'giu');

/** The only currency the text names, or null when it names none or several. */
export function soleCurrency(text: string): string | null {
  const codes = new Set<string>();
  for (const m of text.matchAll(CURRENCY_WORD_RE)) {
    const code = currencyCode(m[1]!);
    if (code) codes.add(code);
  }
  return codes.size === 1 ? [...codes][0]! : null;
}
