/**
 * Late-payment penalties (legal-fr.md §3.2, §3.3, §3.5, §7.1–7.5).
 * - Pro debtor, C. com. L441-10 II: from the day after the due date, without any reminder,
 *   due even when the invoice does not state them (§7.4); the contractual rate (fixed, N × the
 *   legal rate or ECB + N, floor 3 × legal rate) or the ECB MRO rate of 1 January / 1 July
 *   + 10 points; plus the 40 € of D441-5, in euros whatever the invoice's currency (§7.2).
 * - Consumer, C. civ. 1231-6 / 1344-1: interest only from the formal notice — its receipt
 *   when known, else its sending (§7.3) — at the contractual rate if any, else the legal rate
 *   ("autres cas" column: the creditor is a professional); from the due date only under a
 *   signed « sans mise en demeure » clause (C. civ. 1344). Never the 40 €.
 * - Public body, Code de la commande publique L2192-13, R2192-31, D2192-35 (§7.5): ECB + 8 points,
 *   the rate of the semester in which interest started, not split afterwards; and 40 €.
 * Simple interest, base × rate / 100 / 365 per day, rounded half up once on the total.
 */
import { z } from 'zod';
import { fromDayNumber, toDayNumber } from '../dates';
import {
  CentsSchema,
  ClientKindSchema,
  type ContractualRate,
  ContractualRateSchema,
  CurrencySchema,
  type IsoDate,
  IsoDateSchema,
  RateOverrideSchema,
} from '../model';
import { roundHalfUpToCent } from '../money';
import { ratesForSemester, type Semester, semesterOf, semesterStart } from './rates';
import { type WarningCode, warningCode } from './warnings';

/** D441-5 (and its public-procurement twin): fixed amount in euros, whatever the delay. */
export const RECOVERY_INDEMNITY_CENTS = 4000;

/** Stable keys (documents map them to their wording, core/documents/basis.ts). */
export const BASIS = {
  ecbPlus10: 'C. com. L441-10 II — taux BCE + 10 points',
  contractualPro: 'taux contractuel (L441-10 II)',
  legalMultiplePro: 'taux contractuel : multiple du taux d’intérêt légal (L441-10 II)',
  ecbPlusPro: 'taux contractuel : taux BCE majoré (L441-10 II)',
  contractualParticulier: 'taux contractuel (C. civ. 1103 et 1231-6)',
  legalRate: 'C. civ. 1231-6 — intérêt au taux légal',
  publicEcbPlus8: 'C. commande publique L2192-13 et R2192-31 — taux BCE + 8 points',
} as const;

export const PenaltyInputSchema = z.object({
  clientKind: ClientKindSchema,
  amountDueCents: CentsSchema.nonnegative(),
  dueDate: IsoDateSchema,
  asOf: IsoDateSchema,
  /** Legacy: a fixed rate in percent a year (same as `contractualRate: { kind: 'fixed' }`). */
  contractualRatePercent: z.number().min(0).max(100).nullable().optional(),
  /** Wins over `contractualRatePercent` when both are given. */
  contractualRate: ContractualRateSchema.nullable().optional(),
  /** ISO 4217; interest is in this currency, the 40 € always in euros. */
  currency: CurrencySchema.optional(),
  payments: z.array(z.object({ date: IsoDateSchema, amountCents: CentsSchema.positive() })).optional(),
  /** Day the formal notice was sent. */
  formalNoticeDate: IsoDateSchema.nullable().optional(),
  /** Day it was received (acknowledgement of receipt): a consumer's interest starts after it. */
  formalNoticeReceivedDate: IsoDateSchema.nullable().optional(),
  rateOverrides: z.array(RateOverrideSchema).optional(),
});
export type PenaltyInput = z.infer<typeof PenaltyInputSchema>;

/** How a segment's rate was obtained, so a letter can show « 3 × 2,76 % = 8,28 % ». */
export interface RateReference {
  kind: 'legal' | 'ecb';
  /** The reference rate of the semester (legal "autres cas" column, or ECB MRO). */
  ratePercent: number;
  factor?: number;
  points?: number;
  semester: Semester;
}

export interface PenaltySegment {
  from: string;
  to: string;
  days: number;
  ratePercent: number;
  baseCents: number;
  /** Rounded for display only; the total is rounded once from the exact sum. */
  interestCents: number;
  basis: string;
  /** Set when the rate follows a reference rate (N × legal, ECB + N, the legal rate itself). */
  reference?: RateReference;
  /** The reference rate is not verified yet (latest known value used). */
  provisional?: boolean;
}

export interface Penalties {
  /** In the invoice's currency. */
  interestCents: number;
  /** In euros, always (D441-5: « 40 euros »). */
  indemnityCents: number;
  indemnityCurrency: 'EUR';
  /** interest + indemnity when the invoice is in euros; interest only otherwise. */
  totalCents: number;
  segments: PenaltySegment[];
  warnings: WarningCode[];
  /** First day interest runs (null: none runs yet, e.g. a consumer before the notice). */
  interestFrom: string | null;
}

interface SegmentRate {
  ratePercent: number;
  basis: string;
  reference?: RateReference;
  provisional: boolean;
}

/** The contractual rate of the input: the kind when given, else the legacy fixed percent. */
export function contractualRateOf(input: Pick<PenaltyInput, 'contractualRate' | 'contractualRatePercent'>) {
  if (input.contractualRate) return input.contractualRate;
  return input.contractualRatePercent != null
    ? ({ kind: 'fixed', percent: input.contractualRatePercent } as ContractualRate)
    : null;
}

/** 3 × the legal rate, rounded to the cent of a percent (3 × 2.62 reads 7.86, not 7.8599…). */
export function floorPercent(legalRatePercent: number): number {
  return Math.round(legalRatePercent * 300) / 100;
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The rate a contractual clause gives in a semester, with how it was obtained. */
function contractualFor(rate: ContractualRate, semester: Semester, input: PenaltyInput, pro: boolean) {
  const rates = ratesForSemester(semester, input.rateOverrides);
  switch (rate.kind) {
    case 'fixed':
      return {
        ratePercent: rate.percent,
        basis: pro ? BASIS.contractualPro : BASIS.contractualParticulier,
        provisional: false,
      };
    case 'legal-multiple':
      return {
        ratePercent: round4(rates.legalRatePercent * rate.factor),
        basis: pro ? BASIS.legalMultiplePro : BASIS.contractualParticulier,
        reference: { kind: 'legal', ratePercent: rates.legalRatePercent, factor: rate.factor, semester },
        provisional: rates.legalProvisional,
      } satisfies SegmentRate;
    case 'ecb-plus':
      return {
        ratePercent: round4(rates.ecbMroPercent + rate.points),
        basis: pro ? BASIS.ecbPlusPro : BASIS.contractualParticulier,
        reference: { kind: 'ecb', ratePercent: rates.ecbMroPercent, points: rate.points, semester },
        provisional: rates.ecbProvisional,
      } satisfies SegmentRate;
  }
}

function rateFor(input: PenaltyInput, semester: Semester, warnings: Set<WarningCode>): SegmentRate {
  const rates = ratesForSemester(semester, input.rateOverrides);
  const contractual = contractualRateOf(input);
  let result: SegmentRate;
  if (input.clientKind === 'public') {
    result = {
      ratePercent: round4(rates.ecbMroPercent + 8),
      basis: BASIS.publicEcbPlus8,
      reference: { kind: 'ecb', ratePercent: rates.ecbMroPercent, points: 8, semester },
      provisional: rates.ecbProvisional,
    };
  } else if (input.clientKind === 'pro') {
    if (contractual === null) {
      result = {
        ratePercent: round4(rates.ecbMroPercent + 10),
        basis: BASIS.ecbPlus10,
        reference: { kind: 'ecb', ratePercent: rates.ecbMroPercent, points: 10, semester },
        provisional: rates.ecbProvisional,
      };
    } else {
      result = contractualFor(contractual, semester, input, true);
      if (result.ratePercent < floorPercent(rates.legalRatePercent)) {
        warnings.add(warningCode('contractual-rate-below-floor', semester));
        if (rates.legalProvisional) warnings.add(warningCode('provisional-rate', semester));
      }
    }
  } else if (contractual !== null) {
    result = contractualFor(contractual, semester, input, false);
  } else {
    result = {
      ratePercent: rates.legalRatePercent,
      basis: BASIS.legalRate,
      reference: { kind: 'legal', ratePercent: rates.legalRatePercent, factor: 1, semester },
      provisional: rates.legalProvisional,
    };
  }
  if (result.provisional) warnings.add(warningCode('provisional-rate', semester));
  return result;
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

/**
 * First day interest can run, or null when none can yet. A consumer owes interest only from
 * the formal notice (its receipt when known), unless a signed clause says otherwise.
 * The day after the due date (L441-10 II, legal-fr.md §7.11): the due date itself is never
 * counted. legal-fr.md §7.1's worked example (14,81 €) counts it; ours gives 14,47 € — see
 * tests/unit/law/penalties-review.test.ts, case 2.
 */
function firstInterestDay(input: PenaltyInput, dueDay: number, warnings: Set<WarningCode>): number | null {
  if (input.clientKind !== 'particulier') return dueDay + 1;
  const rate = contractualRateOf(input);
  if (rate?.kind === 'fixed' && rate.automaticWithoutNotice) return dueDay + 1;
  const notice = input.formalNoticeReceivedDate ?? input.formalNoticeDate;
  if (!notice) {
    warnings.add('particulier-needs-formal-notice');
    return null;
  }
  return Math.max(dueDay, toDayNumber(notice)) + 1;
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
  const none: Penalties = {
    interestCents: 0,
    indemnityCents: 0,
    indemnityCurrency: 'EUR',
    totalCents: 0,
    segments,
    warnings: [],
    interestFrom: null,
  };

  // A late day is a day d, due < d ≤ asOf, on which something was still owed; payments dated
  // before d reduce the base, so the day of a payment still counts (published example).
  const paidByDueDate = payments.reduce((sum, p) => (p.day <= dueDay ? sum + p.amountCents : sum), 0);
  const late = lastDay > dueDay && input.amountDueCents - paidByDueDate > 0;
  if (!late) return none;

  let exactTotal = 0;
  const start = firstInterestDay(input, dueDay, warnings);
  // A public body's rate is the one of the semester interest started in, kept to the end.
  const fixedRate = input.clientKind === 'public' && start !== null;
  const startRate = fixedRate ? rateFor(input, semesterOf(fromDayNumber(start)), warnings) : null;
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
      const to = Math.min(lastDay, startRate ? lastDay : semesterEnd, paymentBreak);
      const days = to - cursor + 1;
      const { ratePercent, basis, reference, provisional } = startRate ?? rateFor(input, semester, warnings);
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
        ...(reference && { reference }),
        ...(provisional && { provisional }),
      });
      cursor = to + 1;
      while (next < payments.length && payments[next]!.day < cursor) paid += payments[next++]!.amountCents;
    }
  }

  const interestCents = roundHalfUpToCent(exactTotal);
  const indemnityCents = input.clientKind === 'particulier' ? 0 : RECOVERY_INDEMNITY_CENTS;
  const inEuros = (input.currency ?? 'EUR') === 'EUR';
  return {
    interestCents,
    indemnityCents,
    indemnityCurrency: 'EUR',
    totalCents: interestCents + (inEuros ? indemnityCents : 0),
    segments,
    warnings: [...warnings],
    interestFrom: start === null ? null : fromDayNumber(start),
  };
}
