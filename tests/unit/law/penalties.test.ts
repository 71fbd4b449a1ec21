import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, earliestDate, fromDayNumber, toDayNumber } from '../../../core/dates';
import { computePenalties, type PenaltyInput } from '../../../core/law';
import { formatMoney } from '../../../core/money';

const pro = (input: Partial<PenaltyInput>): PenaltyInput => ({
  clientKind: 'pro',
  amountDueCents: 150_000,
  dueDate: '2026-04-15',
  asOf: '2026-05-15',
  ...input,
});

describe('penalties for a pro client (C. com. L441-10 II)', () => {
  it('a pro client 30 days late on 15 000 € at 15 % owes 184,93 € of interest', () => {
    const p = computePenalties(pro({ amountDueCents: 1_500_000, contractualRatePercent: 15 }));
    expect(p.interestCents).toBe(18_493);
    expect(formatMoney(p.interestCents)).toBe('184,93\u00a0€');
    expect(p.segments).toEqual([
      {
        from: '2026-04-16',
        to: '2026-05-15',
        days: 30,
        ratePercent: 15,
        baseCents: 1_500_000,
        interestCents: 18_493,
        basis: 'taux contractuel (L441-10 II)',
      },
    ]);
  });

  it('1 500 € at 10 % for 30 days is 12,33 €, plus the 40 € indemnity', () => {
    const p = computePenalties(pro({ contractualRatePercent: 10 }));
    expect(p.interestCents).toBe(1_233);
    expect(p.indemnityCents).toBe(4_000);
    expect(p.totalCents).toBe(5_233);
  });

  it('without a contractual rate, uses the ECB rate of the semester + 10 points, split at 1 July', () => {
    const p = computePenalties(pro({ amountDueCents: 100_000, dueDate: '2026-06-15', asOf: '2026-07-10' }));
    expect(p.segments.map((s) => [s.from, s.to, s.days, s.ratePercent, s.basis])).toEqual([
      ['2026-06-16', '2026-06-30', 15, 12.15, 'C. com. L441-10 II — taux BCE + 10 points'],
      ['2026-07-01', '2026-07-10', 10, 12.4, 'C. com. L441-10 II — taux BCE + 10 points'],
    ]);
    expect(p.warnings).toEqual(['provisional-rate:2026-S2']);
  });

  it('splits at 1 January too, with each semester its own rate', () => {
    const p = computePenalties(pro({ dueDate: '2024-12-20', asOf: '2025-01-10' }));
    expect(p.segments.map((s) => s.ratePercent)).toEqual([14.25, 13.15]);
    expect(p.warnings).toEqual([]);
  });

  it('a payment lowers the base from the next day: the day it is made still counts', () => {
    const p = computePenalties(
      pro({ contractualRatePercent: 10, payments: [{ date: '2026-04-25', amountCents: 50_000 }] }),
    );
    expect(p.segments.map((s) => [s.from, s.to, s.baseCents])).toEqual([
      ['2026-04-16', '2026-04-25', 150_000],
      ['2026-04-26', '2026-05-15', 100_000],
    ]);
  });

  it('due 15/04, paid in full 15/05: 30 late days, and the 40 € stays due once paid', () => {
    const p = computePenalties(
      pro({
        amountDueCents: 1_500_000,
        contractualRatePercent: 15,
        asOf: '2026-09-01',
        payments: [{ date: '2026-05-15', amountCents: 1_500_000 }],
      }),
    );
    expect(p.interestCents).toBe(18_493);
    expect(p.indemnityCents).toBe(4_000);
  });

  it('an invoice paid on its due date owes nothing', () => {
    const p = computePenalties(pro({ payments: [{ date: '2026-04-15', amountCents: 150_000 }] }));
    expect(p).toEqual({
      interestCents: 0,
      indemnityCents: 0,
      indemnityCurrency: 'EUR',
      totalCents: 0,
      segments: [],
      warnings: [],
      interestFrom: null,
    });
  });

  it('nothing is owed on or before the due date', () => {
    expect(computePenalties(pro({ asOf: '2026-04-15' })).totalCents).toBe(0);
    expect(computePenalties(pro({ asOf: '2026-01-01' })).totalCents).toBe(0);
  });

  it('flags a contractual rate below 3 × the legal rate of the semester (7,86 % in 2026 S1)', () => {
    expect(computePenalties(pro({ contractualRatePercent: 5 })).warnings).toEqual([
      'contractual-rate-below-floor:2026-S1',
    ]);
    expect(computePenalties(pro({ contractualRatePercent: 7.86 })).warnings).toEqual([]);
  });

  it('a rate the user confirmed in the settings replaces the provisional one', () => {
    const p = computePenalties(
      pro({
        dueDate: '2026-07-01',
        asOf: '2026-07-31',
        rateOverrides: [{ semester: '2026-S2', ecbMroPercent: 2.15, legalRatePercent: null, source: 'BCE' }],
      }),
    );
    expect(p.segments[0]?.ratePercent).toBe(12.15);
    expect(p.warnings).toEqual([]);
  });

  it('rounds once, on the total, not segment by segment', () => {
    // Three segments of about 0,4 cent each: 0 + 0 + 0 if each were rounded, 1 cent on the exact sum.
    const p = computePenalties(
      pro({
        amountDueCents: 1_000,
        contractualRatePercent: 14.6,
        dueDate: '2026-06-29',
        asOf: '2026-07-02',
        payments: [{ date: '2026-07-01', amountCents: 1 }],
      }),
    );
    expect(p.segments.map((s) => s.interestCents)).toEqual([0, 0, 0]);
    expect(p.interestCents).toBe(1);
  });
});

describe('penalties for a particulier (C. civ. 1231-6)', () => {
  it('no interest without a formal notice, and the user is told why; never the 40 €', () => {
    const p = computePenalties({ ...pro({}), clientKind: 'particulier' });
    expect(p).toEqual({
      interestCents: 0,
      indemnityCents: 0,
      indemnityCurrency: 'EUR',
      totalCents: 0,
      segments: [],
      warnings: ['particulier-needs-formal-notice'],
      interestFrom: null,
    });
  });

  it('legal interest ("tous les autres cas", 2,62 % in 2026 S1) from the day after the formal notice', () => {
    const p = computePenalties({ ...pro({}), clientKind: 'particulier', formalNoticeDate: '2026-05-01' });
    expect(p.segments).toEqual([
      expect.objectContaining({ from: '2026-05-02', to: '2026-05-15', days: 14, ratePercent: 2.62 }),
    ]);
    expect(p.segments[0]?.basis).toBe('C. civ. 1231-6 — intérêt au taux légal');
    expect(p.indemnityCents).toBe(0);
  });

  it('an unverified legal rate (2026 S2) falls back to the latest known one, marked provisional', () => {
    const p = computePenalties({
      ...pro({ dueDate: '2026-07-01', asOf: '2026-07-31' }),
      clientKind: 'particulier',
      formalNoticeDate: '2026-07-05',
    });
    expect(p.segments[0]?.ratePercent).toBe(2.62);
    expect(p.warnings).toEqual(['provisional-rate:2026-S2']);
  });

  it('a rate printed on the invoice does not make interest run without a formal notice (§7.3)', () => {
    const p = computePenalties({ ...pro({ contractualRatePercent: 10 }), clientKind: 'particulier' });
    expect(p.interestCents).toBe(0);
    expect(p.warnings).toEqual(['particulier-needs-formal-notice']);
  });

  it('a signed « sans mise en demeure » clause runs from the day after the due date', () => {
    const p = computePenalties({
      ...pro({ contractualRate: { kind: 'fixed', percent: 10, automaticWithoutNotice: true } }),
      clientKind: 'particulier',
    });
    expect(p.interestCents).toBe(1_233);
    expect(p.indemnityCents).toBe(0);
  });
});

const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2018-01-01', n));
const input = fc.record({
  clientKind: fc.constantFrom('pro' as const, 'particulier' as const, 'public' as const),
  amountDueCents: fc.integer({ min: 0, max: 100_000_000 }),
  dueDate: day,
  asOf: day,
  contractualRatePercent: fc.option(fc.double({ min: 0, max: 40, noNaN: true }), { nil: undefined }),
  payments: fc.array(fc.record({ date: day, amountCents: fc.integer({ min: 1, max: 50_000_000 }) }), {
    maxLength: 4,
  }),
  formalNoticeDate: fc.option(day, { nil: undefined }),
});

describe('penalties, whatever the invoice', () => {
  it('are never negative', () => {
    fc.assert(
      fc.property(input, (i) => {
        const p = computePenalties(i);
        return (
          p.interestCents >= 0 && p.indemnityCents >= 0 && p.totalCents === p.interestCents + p.indemnityCents
        );
      }),
    );
  });

  it('are zero when asOf is on or before the due date', () => {
    fc.assert(
      fc.property(
        input,
        (i) => computePenalties({ ...i, asOf: earliestDate(i.asOf, i.dueDate) }).totalCents === 0,
      ),
    );
  });

  it('never decrease as time passes', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 400 }), (i, extra) => {
        const later = computePenalties({ ...i, asOf: addDays(i.asOf, extra) });
        return later.totalCents >= computePenalties(i).totalCents;
      }),
    );
  });

  it('are never increased by a payment', () => {
    fc.assert(
      fc.property(input, day, fc.integer({ min: 1, max: 50_000_000 }), (i, date, amountCents) => {
        const withPayment = computePenalties({ ...i, payments: [...i.payments, { date, amountCents }] });
        return withPayment.totalCents <= computePenalties(i).totalCents;
      }),
    );
  });
});

describe('the day arithmetic penalties rely on', () => {
  it('day numbers round-trip with the calendar, leap days included', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 80_000 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        return toDayNumber(iso) === n && fromDayNumber(n) === iso;
      }),
    );
    expect(toDayNumber('2024-02-29') - toDayNumber('2024-02-28')).toBe(1);
  });
});
