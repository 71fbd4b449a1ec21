/**
 * Money is integer cents everywhere. Two formatters: one for screens (Intl, with its narrow
 * no-break spaces) and one for PDFs, whose standard fonts lack U+202F and U+00A0 glyph
 * widths in some viewers: there we use plain spaces so every character extracts as intended.
 */
import type { Language } from '../model';

const screenFormatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Language, currency: string): Intl.NumberFormat {
  const key = `${lang}:${currency}`;
  let f = screenFormatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency });
    screenFormatters.set(key, f);
  }
  return f;
}

/** « 1 500,00 € » (fr, with Intl's no-break spaces) or "€1,500.00" (en). */
export function formatMoney(cents: number, currency = 'EUR', lang: Language = 'fr'): string {
  return formatter(lang, currency).format(cents / 100);
}

/** Same as formatMoney with every Unicode space replaced by a plain space (for PDFs and plain text). */
export function formatMoneyPlain(cents: number, currency = 'EUR', lang: Language = 'fr'): string {
  return formatMoney(cents, currency, lang).replace(/[\u00a0\u202f\u2009]/g, ' ');
}

/**
 * « 1 500,00 »: the amount alone, comma decimals, digits grouped by `group` (none with ''). The
 * one writer of amounts a person edits or a spreadsheet reads (import forms, Gmail's track form,
 * the CSV export); parseAmount reads every variant back.
 */
export function formatDecimal(cents: number, group = ' '): string {
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${cents < 0 ? '-' : ''}${units},${String(abs % 100).padStart(2, '0')}`;
}

/**
 * « 15 k € » / "€15K" for chart axes. The locale is the bare language on purpose: English
 * compact notation writes "K" there ("k" in en-GB), as the charts always have.
 */
export function formatMoneyCompact(cents: number, currency = 'EUR', lang: Language = 'fr'): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency, notation: 'compact' }).format(
    cents / 100,
  );
}

/**
 * Reads an amount written by a person or a spreadsheet: `1500`, `1500.00`, `1 500,00`,
 * `1.500,00`, `1,500.00`, `1 500,00 €`. Returns cents, or null when it is not an amount.
 */
export function parseAmount(input: string): number | null {
  let s = input
    .trim()
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/(€|EUR|eur|\$|USD|£|GBP|CHF)$/u, '')
    .replace(/^(€|EUR|\$|USD|£|GBP|CHF)/u, '');
  if (!/^-?[\d.,]+$/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  const decimalSep = lastComma > lastDot ? ',' : '.';
  const decimalIndex = Math.max(lastComma, lastDot);
  if (decimalIndex >= 0) {
    const decimals = s.length - decimalIndex - 1;
    const sepCount = s.split(decimalSep).length - 1;
    // "1.500" or "1,500" with exactly three digits after a lone separator is a thousands group.
    if (decimals === 3 && sepCount === 1 && !(lastComma >= 0 && lastDot >= 0)) {
      s = s.replace(decimalSep, '');
    } else if (decimals > 2) {
      return null;
    } else {
      const thousands = decimalSep === ',' ? '.' : ',';
      const intPart = s.slice(0, decimalIndex).split(thousands).join('');
      if (intPart.includes(decimalSep)) return null;
      s = `${intPart}.${s.slice(decimalIndex + 1)}`;
    }
  }
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) return null;
  const negative = s.startsWith('-');
  const [intDigits, frac = ''] = s.replace('-', '').split('.') as [string, string?];
  const cents = Number(intDigits) * 100 + Number(`${frac}00`.slice(0, 2));
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}

/** Round half up to the nearest cent (the law gives no rule; we say so in the UI). */
export function roundHalfUpToCent(exactCents: number): number {
  return Math.floor(exactCents + 0.5 + 1e-9);
}
