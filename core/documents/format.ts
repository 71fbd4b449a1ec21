/**
 * Formatting for documents. Amounts and rates keep a no-break space (U+00A0) where Intl puts
 * one, so that « 1 500,00 € » never breaks across lines; the renderer prints it as a space.
 */
import { formatDate, formatDateLong } from '../dates';
import type { Language } from '../model';
import { formatMoney } from '../money';

const NBSP = '\u00a0';

export function amount(cents: number, currency: string, lang: Language): string {
  return formatMoney(cents, currency, lang).replace(/[\u202f\u2009\u00a0]/g, NBSP);
}

/** « 12,40 % » / "12.40%": always two decimals, as rates are published. */
export function percent(rate: number, lang: Language): string {
  const text = rate.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return lang === 'fr' ? `${text}${NBSP}%` : `${text}%`;
}

export function shortDate(date: string, lang: Language): string {
  return formatDate(date, lang);
}

export function longDate(date: string, lang: Language): string {
  return formatDateLong(date, lang).replace(' ', NBSP);
}

/** « 123 456 789 », a SIREN as printed on a Kbis. */
export function siren(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length === 9 ? digits.replace(/(\d{3})(\d{3})(\d{3})/, `$1${NBSP}$2${NBSP}$3`) : value.trim();
}

/** « n° F-2026-001 » with the number glued to its sign. */
export function numero(invoiceNumber: string, lang: Language): string {
  return lang === 'fr' ? `n°${NBSP}${invoiceNumber}` : `no.${NBSP}${invoiceNumber}`;
}

/** « F-001, F-002 et F-003 » / "F-001, F-002 and F-003". */
export function joinList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = lang === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/** Address lines as stored ("\n" separated), blank lines dropped. */
export function addressLines(address: string | null | undefined): string[] {
  return (address ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
