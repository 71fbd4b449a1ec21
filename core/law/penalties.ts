/**
 * Late-payment penalties.
 * - Pro debtor, C. com. L441-10 II: from the day after the due date, without any reminder,
 *   due even when the invoice does not state them (Cass. com. 3 mars 2009, n° 07-16.527); the contractual rate (fixed, N × the
 *   legal rate or ECB + N, floor 3 × legal rate) or the ECB MRO rate of 1 January / 1 July
 *   + 10 points; plus the 40 € of D441-5, in euros whatever the invoice's currency (« fixé à 40 euros »).
 * - Consumer, C. civ. 1231-6 / 1344-1: interest only from the formal notice — its receipt
 *   when known, else its sending (C. civ. 1231-6, 1344-1) — at the contractual rate if any, else the legal rate
 *   ("autres cas" column: the creditor is a professional); from the due date only under a
 *   signed « sans mise en demeure » clause (C. civ. 1344). Never the 40 €.
 * - Public body, Code de la commande publique L2192-13, R2192-31, D2192-35: ECB + 8 points,
 *   the rate of the semester in which interest started, not split afterwards; and 40 €.
 * Simple interest, base × rate / 100 / 365 per day, rounded half up once on the total.
 */
import { fromDayNumber, toDayNumber } from '../dates';
import type { ContractualRate } from '../model';
import { roundHalfUpToCent } from '../money';
import { dateOf, factsOf, paymentDays } from './penalty-days';
import {
  contractualRateOf,
  type Penalties,
  type PenaltyInput,
  type PenaltySegment,
  RECOVERY_INDEMNITY_CENTS,
} from './penalty-input';
import { rateFor } from './penalty-rates';
import { semesterOf } from './rates';
import type { WarningCode } from './warnings';

/**
 * First day interest can run, or null when none can yet. A consumer owes interest only from
 * the formal notice (its receipt when known), unless a signed clause says otherwise.
 * The day after the due date (L441-10 II: « exigibles le jour suivant la date de règlement »):
 * the due date itself is never counted. A review's worked example (1 500 € at 3 × the legal
 * rate, due 16/12/2025, on 29/01/2026: 14,81 €) counts it; ours gives 14,47 € — see
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
