/**
 * The yearly rate of each semester of a late payment: a contractual clause's (fixed, N × the
 * legal rate, ECB + N) or the statutory one by client kind, with the warnings it raises (a
 * clause below the floor of 3 × the legal rate, a reference rate not verified yet).
 */
import type { ClientKind, ContractualRate } from '../model';
import { BASIS, type PenaltyInput, type RateReference } from './penalty-input';
import { ratesForSemester, type Semester, type SemesterRates } from './rates';
import { type WarningCode, warningCode } from './warnings';

interface SegmentRate {
  ratePercent: number;
  basis: string;
  reference?: RateReference;
  provisional: boolean;
}

/** 3 × the legal rate, rounded to the cent of a percent (3 × 2.62 reads 7.86, not 7.8599…). */
export function floorPercent(legalRatePercent: number): number {
  return Math.round(legalRatePercent * 300) / 100;
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The semester's ECB MRO rate + `points`, with its reference (a clause's, or the law's). */
function ecbPlus(rates: SemesterRates, semester: Semester, points: number, basis: string): SegmentRate {
  return {
    ratePercent: round4(rates.ecbMroPercent + points),
    basis,
    reference: { kind: 'ecb', ratePercent: rates.ecbMroPercent, points, semester },
    provisional: rates.ecbProvisional,
  };
}

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
      return ecbPlus(rates, semester, rate.points, pro ? BASIS.ecbPlusPro : BASIS.contractualParticulier);
  }
}

/** The rate the law sets when no clause applies (or whatever the clause, for a public body). */
function statutoryRate(kind: ClientKind, semester: Semester, rates: SemesterRates): SegmentRate {
  switch (kind) {
    case 'public':
      return ecbPlus(rates, semester, 8, BASIS.publicEcbPlus8);
    case 'pro':
      return ecbPlus(rates, semester, 10, BASIS.ecbPlus10);
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
export function rateFor(
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
