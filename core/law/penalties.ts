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
  type ClientKind,
  ClientKindSchema,
  type ContractualRate,
  ContractualRateSchema,
  CurrencySchema,
  type IsoDate,
  IsoDateSchema,
  RateOverrideSchema,
} from '../model';
import { roundHalfUpToCent } from '../money';
import { ratesForSemester, type Semester, type SemesterRates, semesterOf, semesterStart } from './rates';
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
function contractualFor(rate: ContractualRate, semester: Semester, rates: SemesterRates, pro: boolean) {
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

/** The rate the law sets when no clause applies (or whatever the clause, for a public body). */
function statutoryRate(kind: ClientKind, semester: Semester, rates: SemesterRates): SegmentRate {
  switch (kind) {
    case 'public':
      return {
        ratePercent: round4(rates.ecbMroPercent + 8),
        basis: BASIS.publicEcbPlus8,
        reference: { kind: 'ecb', ratePercent: rates.ecbMroPercent, points: 8, semester },
        provisional: rates.ecbProvisional,
      };
    case 'pro':
      return {
        ratePercent: round4(rates.ecbMroPercent + 10),
        basis: BASIS.ecbPlus10,
        reference: { kind: 'ecb', ratePercent: rates.ecbMroPercent, points: 10, semester },
        provisional: rates.ecbProvisional,
      };
    case 'particulier':
      return {
        ratePercent: rates.legalRatePercent,
        basis: BASIS.legalRate,
        reference: { kind: 'legal', ratePercent: rates.legalRatePercent, factor: 1, semester },
        provisional: rates.legalProvisional,
      };
  }
}

/**
 * Statutory rates from the bundled table by client kind and semester: the same few values for
 * nearly every invoice, built once. Frozen, with their reference, since segments share them.
 */
const statutoryRates: Record<ClientKind, Map<Semester, SegmentRate>> = {
  pro: new Map(),
  particulier: new Map(),
  public: new Map(),
};

function tableStatutoryRate(kind: ClientKind, semester: Semester): SegmentRate {
  const known = statutoryRates[kind];
  let rate = known.get(semester);
  if (rate === undefined) {
    rate = statutoryRate(kind, semester, ratesForSemester(semester));
    if (rate.reference) Object.freeze(rate.reference);
    known.set(semester, Object.freeze(rate));
  }
  return rate;
}

/**
 * The rate of a semester. `contractual` is contractualRateOf(input), read once per invoice by
 * the caller (this runs per segment, 10 000 invoices at each replanning).
 */
function rateFor(
  input: PenaltyInput,
  contractual: ContractualRate | null,
  semester: Semester,
  warnings: Set<WarningCode>,
): SegmentRate {
  const overrides = input.rateOverrides;
  let result: SegmentRate;
  if (contractual === null || input.clientKind === 'public') {
    result = overrides?.length
      ? statutoryRate(input.clientKind, semester, ratesForSemester(semester, overrides))
      : tableStatutoryRate(input.clientKind, semester);
  } else {
    const rates = ratesForSemester(semester, overrides);
    const pro = input.clientKind === 'pro';
    result = contractualFor(contractual, semester, rates, pro);
    if (pro && result.ratePercent < floorPercent(rates.legalRatePercent)) {
      warnings.add(semesterWarning('contractual-rate-below-floor', semester));
      if (rates.legalProvisional) warnings.add(semesterWarning('provisional-rate', semester));
    }
  }
  if (result.provisional) warnings.add(semesterWarning('provisional-rate', semester));
  return result;
}

type SemesterWarning = 'provisional-rate' | 'contractual-rate-below-floor';
const semesterWarnings = {
  'provisional-rate': new Map(),
  'contractual-rate-below-floor': new Map(),
} satisfies Record<SemesterWarning, Map<Semester, WarningCode>>;

/** warningCode(name, semester), written once per semester: it is added at every segment. */
function semesterWarning(name: SemesterWarning, semester: Semester): WarningCode {
  const codes = semesterWarnings[name];
  let code = codes.get(semester);
  if (code === undefined) {
    code = warningCode(name, semester);
    codes.set(semester, code);
  }
  return code;
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
function firstInterestDay(
  input: PenaltyInput,
  rate: ContractualRate | null,
  dueDay: number,
  warnings: Set<WarningCode>,
): number | null {
  if (input.clientKind !== 'particulier') return dueDay + 1;
  if (rate?.kind === 'fixed' && rate.automaticWithoutNotice) return dueDay + 1;
  const notice = input.formalNoticeReceivedDate ?? input.formalNoticeDate;
  if (!notice) {
    warnings.add('particulier-needs-formal-notice');
    return null;
  }
  return Math.max(dueDay, toDayNumber(notice)) + 1;
}

/** Payments by day number, oldest first (sorted only when they are not already). */
function paymentDays(list: PenaltyInput['payments']): { day: number; amountCents: number }[] {
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

export function computePenalties(input: PenaltyInput): Penalties {
  const dueDay = toDayNumber(input.dueDate);
  const lastDay = toDayNumber(input.asOf);
  const payments = paymentDays(input.payments);

  // A late day is a day d, due < d ≤ asOf, on which something was still owed; payments dated
  // before d reduce the base, so the day of a payment still counts (published example).
  let paidByDueDate = 0;
  for (const p of payments) if (p.day <= dueDay) paidByDueDate += p.amountCents;
  const late = lastDay > dueDay && input.amountDueCents - paidByDueDate > 0;
  if (!late)
    return {
      interestCents: 0,
      indemnityCents: 0,
      indemnityCurrency: 'EUR',
      totalCents: 0,
      segments: [],
      warnings: [],
      interestFrom: null,
    };

  const warnings = new Set<WarningCode>();
  const segments: PenaltySegment[] = [];
  const contractual = contractualRateOf(input);
  let exactTotal = 0;
  const start = firstInterestDay(input, contractual, dueDay, warnings);
  // A public body's rate is the one of the semester interest started in, kept to the end.
  const fixedRate = input.clientKind === 'public' && start !== null;
  const startRate = fixedRate
    ? rateFor(input, contractual, semesterOf(fromDayNumber(start)), warnings)
    : null;
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
      const { ratePercent, basis, reference, provisional } =
        startRate ?? rateFor(input, contractual, semester, warnings);
      const rate = Math.max(0, ratePercent);
      const exact = (baseCents * rate * days) / 36500;
      exactTotal += exact;
      const segment: PenaltySegment = {
        from,
        to: dateOf(to),
        days,
        ratePercent: rate,
        baseCents,
        interestCents: roundHalfUpToCent(exact),
        basis,
      };
      // Set only when present, in this order (no spread of a temporary object per segment).
      if (reference) segment.reference = reference;
      if (provisional) segment.provisional = provisional;
      segments.push(segment);
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
