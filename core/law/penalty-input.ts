/**
 * What computePenalties takes and gives back, and the fixed facts it cites: the 40 € recovery
 * indemnity and the stable keys of each legal basis. The rules themselves are in penalties.ts.
 */
import { z } from 'zod';
import {
  CentsSchema,
  ClientKindSchema,
  type ContractualRate,
  ContractualRateSchema,
  CurrencySchema,
  IsoDateSchema,
  RateOverrideSchema,
} from '../model';
import type { Semester } from './rates';
import type { WarningCode } from './warnings';

/**
 * C. com. D441-5 (décret n° 2012-1115 du 2 octobre 2012): the recovery indemnity is « fixé à
 * 40 euros », in euros whatever the delay; D2192-35 of the Code de la commande publique sets the
 * same amount for a public body.
 */
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

/** The contractual rate of the input: the kind when given, else the legacy fixed percent. */
export function contractualRateOf(input: Pick<PenaltyInput, 'contractualRate' | 'contractualRatePercent'>) {
  if (input.contractualRate) return input.contractualRate;
  return input.contractualRatePercent != null
    ? ({ kind: 'fixed', percent: input.contractualRatePercent } as ContractualRate)
    : null;
}
