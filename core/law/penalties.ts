/**
 * Late-payment penalties (legal-fr.md §3.2, §3.3, §3.5).
 * - Pro client, C. com. L441-10 II: from the day after the due date, without any reminder;
 *   contractual rate (floor 3 × legal rate) or ECB MRO rate of 1 January / 1 July + 10 points;
 *   plus the 40 € recovery indemnity of D441-5, due per late invoice even once paid.
 * - Particulier, C. civ. 1231-6 / 1344-1: legal rate ("tous les autres cas", the creditor is a
 *   professional) only from the formal notice, unless the contract states a rate.
 * Simple interest, base × rate / 100 / 365 per day, rounded half up once on the total.
 */
import { z } from 'zod';
import { fromDayNumber, toDayNumber } from '../dates';
import { CentsSchema, ClientKindSchema, type IsoDate, IsoDateSchema, RateOverrideSchema } from '../model';
import { roundHalfUpToCent } from '../money';
import { ratesForSemester, type Semester, semesterOf, semesterStart } from './rates';
import { type WarningCode, warningCode } from './warnings';

/** D441-5: fixed amount, whatever the length of the delay. */
export const RECOVERY_INDEMNITY_CENTS = 4000;

export const BASIS = {
  ecbPlus10: 'C. com. L441-10 II — taux BCE + 10 points',
  contractualPro: 'taux contractuel (L441-10 II)',
  contractualParticulier: 'taux contractuel (C. civ. 1103 et 1231-6)',
  legalRate: 'C. civ. 1231-6 — intérêt au taux légal',
} as const;

export const PenaltyInputSchema = z.object({
  clientKind: ClientKindSchema,
  amountDueCents: CentsSchema.nonnegative(),
  dueDate: IsoDateSchema,
  asOf: IsoDateSchema,
  contractualRatePercent: z.number().min(0).max(100).nullable().optional(),
  payments: z.array(z.object({ date: IsoDateSchema, amountCents: CentsSchema.positive() })).optional(),
  formalNoticeDate: IsoDateSchema.nullable().optional(),
  rateOverrides: z.array(RateOverrideSchema).optional(),
});
export type PenaltyInput = z.infer<typeof PenaltyInputSchema>;

export interface PenaltySegment {
  from: string;
  to: string;
  days: number;
  ratePercent: number;
  baseCents: number;
  /** Rounded for display only; the total is rounded once from the exact sum. */
  interestCents: number;
  basis: string;
}

export interface Penalties {
  interestCents: number;
  indemnityCents: number;
  totalCents: number;
  segments: PenaltySegment[];
  warnings: WarningCode[];
}

interface SegmentRate {
  ratePercent: number;
  basis: string;
}

function rateFor(input: PenaltyInput, semester: Semester, warnings: Set<WarningCode>): SegmentRate {
  const rates = ratesForSemester(semester, input.rateOverrides);
  const contractual = input.contractualRatePercent ?? null;
  if (input.clientKind === 'pro') {
    if (contractual === null) {
      if (rates.ecbProvisional) warnings.add(warningCode('provisional-rate', semester));
      return { ratePercent: rates.ecbMroPercent + 10, basis: BASIS.ecbPlus10 };
    }
    // Round the floor to the cent of a percent: 3 × 2.62 must read 7.86, not 7.859999….
    const floor = Math.round(rates.legalRatePercent * 300) / 100;
    if (contractual < floor) {
      warnings.add(warningCode('contractual-rate-below-floor', semester));
      if (rates.legalProvisional) warnings.add(warningCode('provisional-rate', semester));
    }
    return { ratePercent: contractual, basis: BASIS.contractualPro };
  }
  if (contractual !== null) return { ratePercent: contractual, basis: BASIS.contractualParticulier };
  if (rates.legalProvisional) warnings.add(warningCode('provisional-rate', semester));
  return { ratePercent: rates.legalRatePercent, basis: BASIS.legalRate };
}

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

function factsOf(day: number): DayFacts {
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
function dateOf(day: number): IsoDate {
  return factsOf(day).date;
}

/** First day interest can run, or null when none can (particulier without formal notice). */
function firstInterestDay(input: PenaltyInput, dueDay: number, warnings: Set<WarningCode>): number | null {
  if (input.clientKind === 'pro' || input.contractualRatePercent != null) return dueDay + 1;
  if (!input.formalNoticeDate) {
    warnings.add('particulier-needs-formal-notice');
    return null;
  }
  return Math.max(dueDay, toDayNumber(input.formalNoticeDate)) + 1;
}

export function computePenalties(input: PenaltyInput): Penalties {
  const dueDay = toDayNumber(input.dueDate);
  const lastDay = toDayNumber(input.asOf);
  const payments = input.payments?.length
    ? input.payments
        .map((p) => ({ day: toDayNumber(p.date), amountCents: p.amountCents }))
        .sort((a, b) => a.day - b.day)
    : [];
  const warnings = new Set<WarningCode>();
  const segments: PenaltySegment[] = [];

  // A late day is a day d, due < d ≤ asOf, on which something was still owed; payments dated
  // before d reduce the base, so the day of a payment still counts (published example).
  const paidByDueDate = payments.reduce((sum, p) => (p.day <= dueDay ? sum + p.amountCents : sum), 0);
  const late = lastDay > dueDay && input.amountDueCents - paidByDueDate > 0;
  if (!late) return { interestCents: 0, indemnityCents: 0, totalCents: 0, segments, warnings: [] };

  let exactTotal = 0;
  const start = firstInterestDay(input, dueDay, warnings);
  if (start !== null) {
    let paid = 0;
    let next = 0;
    while (next < payments.length && payments[next]!.day < start) paid += payments[next++]!.amountCents;
    let cursor = start;
    while (cursor <= lastDay) {
      const baseCents = input.amountDueCents - paid;
      if (baseCents <= 0) break;
      const { date: from, semester, semesterLastDay: semesterEnd } = factsOf(cursor);
      const paymentBreak = next < payments.length ? payments[next]!.day : Number.POSITIVE_INFINITY;
      const to = Math.min(lastDay, semesterEnd, paymentBreak);
      const days = to - cursor + 1;
      const { ratePercent, basis } = rateFor(input, semester, warnings);
      const rate = Math.max(0, ratePercent);
      const exact = (baseCents * rate * days) / 36500;
      exactTotal += exact;
      segments.push({
        from,
        to: dateOf(to),
        days,
        ratePercent: rate,
        baseCents,
        interestCents: roundHalfUpToCent(exact),
        basis,
      });
      cursor = to + 1;
      while (next < payments.length && payments[next]!.day < cursor) paid += payments[next++]!.amountCents;
    }
  }

  const interestCents = roundHalfUpToCent(exactTotal);
  const indemnityCents = input.clientKind === 'pro' ? RECOVERY_INDEMNITY_CENTS : 0;
  return {
    interestCents,
    indemnityCents,
    totalCents: interestCents + indemnityCents,
    segments,
    warnings: [...warnings],
  };
}
