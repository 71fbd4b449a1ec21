/**
 * Dates as people write them on French, English and German invoices. Every match is checked
 * against the calendar: « 31/02/2026 » is not a date, so it is not found.
 */
import { parseDate } from '../dates';
import type { IsoDate } from '../model';

/** Something found in the text, with where it sits (to pair it with its label). */
export interface Span<T> {
  value: T;
  start: number;
  end: number;
}

/** Month names folded (lower case, no accents, no trailing dot) → month number. */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ['janvier', 'janv', 'january', 'jan', 'januar', 'janner']],
  [2, ['fevrier', 'fevr', 'fev', 'february', 'feb', 'februar']],
  [3, ['mars', 'march', 'mar', 'marz', 'maerz', 'mrz']],
  [4, ['avril', 'avr', 'april', 'apr']],
  [5, ['mai', 'may']],
  [6, ['juin', 'june', 'jun', 'juni']],
  [7, ['juillet', 'juil', 'july', 'jul', 'juli']],
  [8, ['aout', 'august', 'aug']],
  [9, ['septembre', 'sept', 'september', 'sep']],
  [10, ['octobre', 'oct', 'october', 'oktober', 'okt']],
  [11, ['novembre', 'nov', 'november']],
  [12, ['decembre', 'dec', 'december', 'dezember', 'dez']],
];
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = month;

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The month a word names (« févr. », « February », « Dez »), or undefined. Also reads Gmail's date titles. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[fold(word).replace(/\.$/, '')];
}

function iso(y: number, m: number, d: number): IsoDate | null {
  if (y < 100) y += 2000;
  // Years outside this range are reference numbers or typos, not invoice dates.
  if (y < 1990 || y > 2100) return null;
  return parseDate(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

const ISO_RE = /(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g;
const NUMERIC_RE = /(?<![\d.,/-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]\d|\d)/g;
const DAY_MONTH_YEAR_RE = /(?<![\d.])(\d{1,2})(?:er|st|nd|rd|th|\.)?\s*(\p{L}{3,9}\.?),?\s+(\d{4})(?!\d)/gu;
const MONTH_DAY_YEAR_RE = /(?<!\p{L})(\p{L}{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/gu;

/** Every date in the text, in reading order, overlapping candidates resolved in favour of the first. */
export function findDates(text: string): Span<IsoDate>[] {
  const found: Span<IsoDate>[] = [];
  const push = (value: IsoDate | null, m: RegExpExecArray) => {
    if (value) found.push({ value, start: m.index, end: m.index + m[0].length });
  };
  for (const m of text.matchAll(ISO_RE)) push(iso(Number(m[1]), Number(m[2]), Number(m[3])), m);
  for (const m of text.matchAll(NUMERIC_RE)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // French and German write day first; a first number ≤ 12 with a second > 12 is American.
    const [d, mo] = a <= 12 && b > 12 ? [b, a] : [a, b];
    push(iso(Number(m[4]), mo, d), m);
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR_RE)) {
    const mo = monthNumber(m[2]!);
    if (mo) push(iso(Number(m[3]), mo, Number(m[1])), m);
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR_RE)) {
    const mo = monthNumber(m[1]!);
    if (mo) push(iso(Number(m[3]), mo, Number(m[2])), m);
  }
  return dropOverlaps(found);
}

/** Keeps, among overlapping spans, the one that starts first (the longest on a tie). */
export function dropOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const s of sorted) {
    const last = kept[kept.length - 1];
    if (!last || s.start >= last.end) kept.push(s);
  }
  return kept;
}
