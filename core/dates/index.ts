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

/**
 * Same month day, clamped to the target month's length (31 Jan + 1 month = 28/29 Feb). Integer
 * arithmetic, no Date: the engine calls it per invoice (prescription, claim deadlines).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + m - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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
  if (!isCalendarDate(y, m, d)) return null;
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/**
 * A day that exists (no 31/02), by integer arithmetic: a CSV import checks two dates a row,
 * 10,000 rows at a time, and a Date object per check was a measurable part of it. Years
 * below 100 are refused, as `Date.UTC` (which maps them to 19xx) refused them before.
 */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  return y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
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

/**
 * Days since 1970-01-01, by calendar arithmetic (no Date object, no string split): the hot
 * loops (penalties and next actions over 10 000 invoices) stay within their budget.
 * Algorithm: H. Hinnant, "chrono-compatible low-level date algorithms" (days_from_civil).
 */
export function toDayNumber(date: IsoDate): number {
  let y =
    date.charCodeAt(0) * 1000 +
    date.charCodeAt(1) * 100 +
    date.charCodeAt(2) * 10 +
    date.charCodeAt(3) -
    53_328;
  const m = date.charCodeAt(5) * 10 + date.charCodeAt(6) - 528;
  const d = date.charCodeAt(8) * 10 + date.charCodeAt(9) - 528;
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * Dates already written, by day number: the engine formats the same few hundred days over and
 * over (due dates, plan steps, semester ends) when it replans 10 000 invoices.
 */
const written = new Map<number, IsoDate>();
const WRITTEN_MAX = 20_000;

/** The inverse of toDayNumber (civil_from_days). */
export function fromDayNumber(day: number): IsoDate {
  let date = written.get(day);
  if (date === undefined) {
    if (written.size >= WRITTEN_MAX) written.clear();
    date = civilFromDays(day);
    written.set(day, date);
  }
  return date;
}

function civilFromDays(day: number): IsoDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** The earlier of two calendar dates (`YYYY-MM-DD` strings sort in calendar order). */
export function earliestDate(a: IsoDate, b: IsoDate): IsoDate {
  return [a, b].sort()[0]!;
}

/** The later of two calendar dates. */
export function latestDate(a: IsoDate, b: IsoDate): IsoDate {
  return [a, b].sort()[1]!;
}
