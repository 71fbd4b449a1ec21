/**
 * Calendar dates are `YYYY-MM-DD` strings in the user's time zone. Arithmetic is done on
 * UTC midnights so that daylight-saving changes never shift a day.
 */
import type { IsoDate } from '../model';

const DAY_MS = 86_400_000;

function toUtc(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The calendar day of an instant, in the time zone of the machine (the user's). */
export function localDate(now: Date): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return fromUtc(target.getTime());
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

export function endOfMonth(date: IsoDate): IsoDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return fromUtc(Date.UTC(y, m, 0));
}

/** Day of week, 0 = Sunday. */
export function weekday(date: IsoDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** Reads `YYYY-MM-DD` or `DD/MM/YYYY` (also `DD-MM-YYYY`, `DD.MM.YYYY`); null when not a real date. */
export function parseDate(input: string): IsoDate | null {
  const s = input.trim();
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return fromUtc(t.getTime());
}

/** « 15/03/2026 » in French, "15 Mar 2026" in English. */
export function formatDate(date: IsoDate, lang: 'fr' | 'en' = 'fr'): string {
  const [y, m, d] = date.split('-') as [string, string, string];
  if (lang === 'fr') return `${d}/${m}/${y}`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(d)} ${months[Number(m) - 1]} ${y}`;
}

/** « 15 mars 2026 » / "15 March 2026", for letters. */
export function formatDateLong(date: IsoDate, lang: 'fr' | 'en' = 'fr'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const fr = [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ];
  const en = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  if (lang === 'fr') return `${d === 1 ? '1er' : d} ${fr[m - 1]} ${y}`;
  return `${d} ${en[m - 1]} ${y}`;
}
