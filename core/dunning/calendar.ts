/**
 * Working days for the dunning ladder: a step whose day falls on a Sunday or a
 * French public holiday is proposed on the next working day — nobody should be asked to chase
 * a client on Easter Sunday, and a « J+1 » e-mail sent on a Sunday reads as a robot's.
 * Saturdays stay working days: many freelancers and small clients work them, and the issue
 * asks only for Sundays.
 *
 * The public holidays are the eleven of the Code du travail, art. L3133-1 (1er janvier, lundi
 * de Pâques, 1er mai, 8 mai, Ascension, lundi de Pentecôte, 14 juillet, 15 août, 1er novembre,
 * 11 novembre, 25 décembre). Alsace-Moselle's two extra days (Vendredi saint, 26 décembre,
 * C. trav. L3134-13) and the overseas abolition days are local: not applied.
 *
 * Day numbers (core/dates toDayNumber) keep this cheap: the engine calls it once per invoice at
 * each replanning.
 */
import { fromDayNumber, toDayNumber } from '../dates';

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Easter Sunday of a Gregorian year, as a day number (the anonymous Gregorian algorithm,
 * Meeus/Jones/Butcher, in J. Meeus, "Astronomical Algorithms", ch. 8).
 */
export function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return toDayNumber(`${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`);
}

const FIXED = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];

/** The French public holidays of a year (C. trav. L3133-1), as day numbers. */
export function publicHolidays(year: number): number[] {
  const easter = easterDay(year);
  return [
    ...FIXED.map((md) => toDayNumber(`${year}-${md}`)),
    easter + 1, // lundi de Pâques
    easter + 39, // Ascension (jeudi)
    easter + 50, // lundi de Pentecôte
  ].sort((x, y) => x - y);
}

const holidaysByYear = new Map<number, Set<number>>();

function isHoliday(day: number): boolean {
  const year = Number(fromDayNumber(day).slice(0, 4));
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(publicHolidays(year));
    holidaysByYear.set(year, days);
  }
  return days.has(day);
}

/** Answers by day number: a replan asks about the same few hundred days for 10,000 invoices. */
const workingByDay = new Map<number, boolean>();

/** Not a Sunday, not a French public holiday. */
export function isWorkingDay(day: number): boolean {
  let working = workingByDay.get(day);
  if (working === undefined) {
    working = weekdayOfDay(day) !== 0 && !isHoliday(day);
    workingByDay.set(day, working);
  }
  return working;
}

/** The day itself when it is a working day, else the next one (a Sunday before Easter Monday → Tuesday). */
export function workingDayFrom(day: number): number {
  let d = day;
  while (!isWorkingDay(d)) d++;
  return d;
}
