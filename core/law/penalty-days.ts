/**
 * Day-number helpers of computePenalties: what a segment needs to know about its first day
 * (its date, semester and the semester's last day), and the payments by day. Cached, because
 * the same days recur across 10 000 invoices at each replanning.
 */
import { fromDayNumber, toDayNumber } from '../dates';
import type { IsoDate } from '../model';
import type { PenaltyInput } from './penalty-input';
import { type Semester, semesterOf, semesterStart } from './rates';

const semesterEnds = new Map<Semester, number>();

/** Day number of the last day of a semester (cached: segments are cut at every one). */
function semesterLastDay(semester: Semester): number {
  let last = semesterEnds.get(semester);
  if (last === undefined) {
    const year = Number(semester.slice(0, 4));
    const next = semester.endsWith('S1') ? `${year}-S2` : `${year + 1}-S1`;
    last = toDayNumber(semesterStart(next as Semester)) - 1;
    semesterEnds.set(semester, last);
  }
  return last;
}

interface DayFacts {
  date: IsoDate;
  semester: Semester;
  semesterLastDay: number;
}

/**
 * What a segment needs to know about its first day, by day number. The same days recur across
 * invoices (semester starts, due dates, payment days), so over 10 000 invoices this saves most
 * of the date formatting and string keys. Pure values of the day: caching changes no result.
 */
const dayFacts = new Map<number, DayFacts>();
const DAY_FACTS_MAX = 50_000;

export function factsOf(day: number): DayFacts {
  let facts = dayFacts.get(day);
  if (facts === undefined) {
    if (dayFacts.size >= DAY_FACTS_MAX) dayFacts.clear();
    const date = fromDayNumber(day);
    const semester = semesterOf(date);
    facts = { date, semester, semesterLastDay: semesterLastDay(semester) };
    dayFacts.set(day, facts);
  }
  return facts;
}

/** A segment's last day as a date (same cache: `to` of a segment is often another's day too). */
export function dateOf(day: number): IsoDate {
  return factsOf(day).date;
}

/** Payments by day number, oldest first (sorted only when they are not already). */
export function paymentDays(list: PenaltyInput['payments']): { day: number; amountCents: number }[] {
  const days: { day: number; amountCents: number }[] = [];
  if (!list) return days;
  let sorted = true;
  for (const p of list) {
    const day = toDayNumber(p.date);
    if (sorted && days.length > 0 && day < days[days.length - 1]!.day) sorted = false;
    days.push({ day, amountCents: p.amountCents });
  }
  // A stable sort of sorted days would change nothing.
  return sorted ? days : days.sort((a, b) => a.day - b.day);
}
