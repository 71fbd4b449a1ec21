/**
 * computePenalties against a day-by-day oracle: the engine cuts the late period into segments
 * (semester changes, payments) and caches rates, days and warning codes for speed (issue #11);
 * the oracle walks every late day with nothing cached, from the rules in penalties.ts' header.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/dates';
import {
  computePenalties,
  floorPercent,
  type PenaltyInput,
  ratesForSemester,
  type Semester,
  semesterOf,
} from '../../../core/law';

interface Oracle {
  exact: number;
  days: number;
  warnings: Set<string>;
}

function oracle(input: PenaltyInput): Oracle {
  const result: Oracle = { exact: 0, days: 0, warnings: new Set() };
  const payments = input.payments ?? [];
  const paidBefore = (day: string) =>
    payments.filter((p) => p.date < day).reduce((sum, p) => sum + p.amountCents, 0);
  const paidByDue = payments.filter((p) => p.date <= input.dueDate).reduce((s, p) => s + p.amountCents, 0);
  if (!(input.asOf > input.dueDate && input.amountDueCents - paidByDue > 0)) return result;
  let first = addDays(input.dueDate, 1);
  const percent = input.contractualRatePercent ?? null;
  if (input.clientKind === 'particulier') {
    if (!input.formalNoticeDate) {
      result.warnings.add('particulier-needs-formal-notice');
      return result;
    }
    const notice = addDays(input.formalNoticeDate, 1);
    if (notice > first) first = notice;
  }
  const rateOf = (semester: Semester): number => {
    const rates = ratesForSemester(semester);
    let rate: number;
    let provisional: boolean;
    if (input.clientKind === 'public') {
      rate = Math.round((rates.ecbMroPercent + 8) * 10_000) / 10_000;
      provisional = rates.ecbProvisional;
    } else if (percent !== null) {
      rate = percent;
      provisional = false;
      if (input.clientKind === 'pro' && rate < floorPercent(rates.legalRatePercent)) {
        result.warnings.add(`contractual-rate-below-floor:${semester}`);
        if (rates.legalProvisional) result.warnings.add(`provisional-rate:${semester}`);
      }
    } else if (input.clientKind === 'pro') {
      rate = Math.round((rates.ecbMroPercent + 10) * 10_000) / 10_000;
      provisional = rates.ecbProvisional;
    } else {
      rate = rates.legalRatePercent;
      provisional = rates.legalProvisional;
    }
    if (provisional) result.warnings.add(`provisional-rate:${semester}`);
    return Math.max(0, rate);
  };
  // A public body keeps the rate of the semester interest started in.
  const fixed = input.clientKind === 'public' ? rateOf(semesterOf(first)) : null;
  for (let day = first; day <= input.asOf; day = addDays(day, 1)) {
    const base = input.amountDueCents - paidBefore(day);
    if (base <= 0) break;
    result.exact += (base * (fixed ?? rateOf(semesterOf(day)))) / 36500;
    result.days += 1;
  }
  return result;
}

const day = fc.integer({ min: 0, max: 1500 }).map((n) => addDays('2022-06-01', n));
const input: fc.Arbitrary<PenaltyInput> = fc.record({
  clientKind: fc.constantFrom('pro' as const, 'particulier' as const, 'public' as const),
  amountDueCents: fc.integer({ min: 0, max: 10_000_000 }),
  dueDate: day,
  asOf: day,
  contractualRatePercent: fc.option(fc.constantFrom(0, 5, 8, 12.5, 40), { nil: undefined }),
  // Unsorted on purpose: the engine sorts them only when needed.
  payments: fc.array(fc.record({ date: day, amountCents: fc.integer({ min: 1, max: 5_000_000 }) }), {
    maxLength: 4,
  }),
  formalNoticeDate: fc.option(day, { nil: undefined }),
});

describe('computePenalties agrees with a day-by-day count', () => {
  it('same late days, same interest (to the rounding of a sum), same warnings', () => {
    fc.assert(
      fc.property(input, (i) => {
        const p = computePenalties(i);
        const o = oracle(i);
        expect(p.segments.reduce((s, seg) => s + seg.days, 0)).toBe(o.days);
        // One sum per segment against one per day: equal up to floating-point error.
        expect(Math.abs(p.interestCents - Math.round(o.exact))).toBeLessThanOrEqual(1);
        expect(new Set(p.warnings)).toEqual(o.warnings);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every invoice its own segments, even when rates are shared between them', () => {
    const a = computePenalties({
      clientKind: 'pro',
      amountDueCents: 100_000,
      dueDate: '2025-05-01',
      asOf: '2026-02-01',
    });
    const b = computePenalties({
      clientKind: 'pro',
      amountDueCents: 200_000,
      dueDate: '2025-05-01',
      asOf: '2026-02-01',
    });
    expect(a.segments).not.toBe(b.segments);
    expect(a.segments.map((s) => s.reference)).toEqual(b.segments.map((s) => s.reference));
    // A shared rate cannot be changed through one invoice's result.
    expect(() => {
      (a.segments[0]!.reference as { ratePercent: number }).ratePercent = 99;
    }).toThrow();
    expect(b.segments[0]!.reference?.ratePercent).not.toBe(99);
  });
});
