/**
 * The cases of an independent legal review of the penalties, each recomputed by hand from
 * core/law/rates.json in its comment, plus properties of the rate kinds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/dates';
import { computePenalties, describeWarning, type PenaltyInput } from '../../../core/law';

const base = (input: Partial<PenaltyInput>): PenaltyInput => ({
  clientKind: 'pro',
  amountDueCents: 150_000,
  dueDate: '2026-04-15',
  asOf: '2026-05-15',
  ...input,
});
const spans = (p: ReturnType<typeof computePenalties>) =>
  p.segments.map((s) => [s.from, s.to, s.days, s.ratePercent]);

describe('the review’s cases', () => {
  it('1. the published example: 15 000 € at 15 % from 16/04 to 15/05 is 184,93 €', () => {
    const p = computePenalties(
      base({ amountDueCents: 1_500_000, contractualRate: { kind: 'fixed', percent: 15 } }),
    );
    expect(p.interestCents).toBe(18_493);
  });

  it('2. « trois fois le taux d’intérêt légal »: 1 500 €, due 16/12/2025, on 29/01/2026 → 14,47 €', () => {
    // 17/12 → 31/12: 15 days at 3 × 2,76 = 8,28 %; 01/01 → 29/01: 29 days at 3 × 2,62 = 7,86 %.
    // 1 500 × (8,28 × 15 + 7,86 × 29) / 36 500 = 14,4715… → 14,47 € (not ECB + 10: 21,97 €).
    // The review printed 14,81 € (and 22,47 € at ECB + 10): those figures count 16 days in
    // December, i.e. the due date itself (8,28 × 16 + 7,86 × 29 → 14,81). Interest runs from the
    // day after the due date (L441-10 II « le jour suivant », confirmed by §7.11), so 15 days:
    // we keep 14,47 € and 21,97 €; the reference's example needs correcting, not the engine.
    const p = computePenalties(
      base({
        dueDate: '2025-12-16',
        asOf: '2026-01-29',
        contractualRate: { kind: 'legal-multiple', factor: 3 },
      }),
    );
    expect(spans(p)).toEqual([
      ['2025-12-17', '2025-12-31', 15, 8.28],
      ['2026-01-01', '2026-01-29', 29, 7.86],
    ]);
    expect(p.interestCents).toBe(1_447);
    expect(p.segments[0]?.reference).toEqual({
      kind: 'legal',
      ratePercent: 2.76,
      factor: 3,
      semester: '2025-S2',
    });
    expect(p.segments[0]?.basis).toContain('multiple du taux d’intérêt légal');
    expect(p.warnings).toEqual([]);
    const ecb = computePenalties(base({ dueDate: '2025-12-16', asOf: '2026-01-29' }));
    expect(ecb.interestCents).toBe(2_197);
  });

  it('3. the default rate is re-anchored at 1 July (12,15 % then 12,40 %, provisional)', () => {
    const p = computePenalties(base({ amountDueCents: 100_000, dueDate: '2026-06-15', asOf: '2026-07-10' }));
    expect(spans(p)).toEqual([
      ['2026-06-16', '2026-06-30', 15, 12.15],
      ['2026-07-01', '2026-07-10', 10, 12.4],
    ]);
    expect(p.segments[1]?.provisional).toBe(true);
    expect(p.warnings).toEqual(['provisional-rate:2026-S2']);
  });

  it('4. partial payments lower the base from the day after each one', () => {
    const p = computePenalties(
      base({
        contractualRatePercent: 10,
        payments: [
          { date: '2026-04-20', amountCents: 50_000 },
          { date: '2026-05-01', amountCents: 50_000 },
        ],
      }),
    );
    expect(p.segments.map((s) => [s.from, s.to, s.baseCents])).toEqual([
      ['2026-04-16', '2026-04-20', 150_000],
      ['2026-04-21', '2026-05-01', 100_000],
      ['2026-05-02', '2026-05-15', 50_000],
    ]);
    // (1 500 × 5 + 1 000 × 11 + 500 × 14) × 10 % / 365 = 6,986 → 6,99 €
    expect(p.interestCents).toBe(699);
  });

  it('5. paid one day late: one day of interest and the full 40 €', () => {
    const p = computePenalties(
      base({
        contractualRatePercent: 10,
        asOf: '2026-06-01',
        payments: [{ date: '2026-04-16', amountCents: 150_000 }],
      }),
    );
    expect(spans(p)).toEqual([['2026-04-16', '2026-04-16', 1, 10]]);
    expect(p.interestCents).toBe(41); // 1 500 × 10 % / 365 = 0,41 €
    expect(p.indemnityCents).toBe(4_000);
  });

  it('6. a due date on a Saturday is not postponed: interest starts on the Sunday (L441-10 II)', () => {
    const p = computePenalties(
      base({ dueDate: '2026-05-16', asOf: '2026-05-18', contractualRatePercent: 10 }),
    );
    expect(spans(p)).toEqual([['2026-05-17', '2026-05-18', 2, 10]]);
  });

  it('7. a leap year counts 29 February and still divides by 365 (no text says to use 366)', () => {
    const p = computePenalties(
      base({
        amountDueCents: 365_000,
        dueDate: '2024-02-27',
        asOf: '2024-03-01',
        contractualRatePercent: 10,
      }),
    );
    expect(spans(p)).toEqual([['2024-02-28', '2024-03-01', 3, 10]]);
    expect(p.interestCents).toBe(300); // 3 650 € × 10 % × 3 / 365 = 3,00 €
  });

  it('8. a consumer without formal notice owes no interest, even with a rate on the invoice', () => {
    const p = computePenalties(
      base({ clientKind: 'particulier', contractualRate: { kind: 'legal-multiple', factor: 3 } }),
    );
    expect(p.totalCents).toBe(0);
    expect(p.warnings).toEqual(['particulier-needs-formal-notice']);
    expect(describeWarning(p.warnings[0]!, 'fr')).toContain('réception d’une mise en demeure');
  });

  it('9. a consumer owes interest from the day after the notice’s receipt, at the legal rate, never 40 €', () => {
    const p = computePenalties(
      base({
        clientKind: 'particulier',
        formalNoticeDate: '2026-05-01',
        formalNoticeReceivedDate: '2026-05-04',
      }),
    );
    expect(spans(p)).toEqual([['2026-05-05', '2026-05-15', 11, 2.62]]);
    expect(p.interestFrom).toBe('2026-05-05');
    expect(p.indemnityCents).toBe(0);
    // Receipt unknown: from the day after it was sent.
    const sent = computePenalties(base({ clientKind: 'particulier', formalNoticeDate: '2026-05-01' }));
    expect(sent.interestFrom).toBe('2026-05-02');
  });

  it('10. a consumer with a contractual rate: that rate, from the notice', () => {
    const p = computePenalties(
      base({
        clientKind: 'particulier',
        contractualRatePercent: 10,
        formalNoticeReceivedDate: '2026-05-05',
        formalNoticeDate: '2026-05-03',
      }),
    );
    expect(spans(p)).toEqual([['2026-05-06', '2026-05-15', 10, 10]]);
    expect(p.segments[0]?.basis).toBe('taux contractuel (C. civ. 1103 et 1231-6)');
  });

  it('11. provisional semesters are marked on the segment and warned once', () => {
    const p = computePenalties(
      base({
        dueDate: '2026-06-20',
        asOf: '2026-08-01',
        contractualRate: { kind: 'legal-multiple', factor: 3 },
      }),
    );
    expect(p.segments.map((s) => [s.ratePercent, Boolean(s.provisional)])).toEqual([
      [7.86, false],
      [7.86, true], // 2026 S2 legal rate not verified: the latest known one (2,62 %)
    ]);
    expect(p.warnings).toEqual(['provisional-rate:2026-S2']);
  });

  it('12. a USD invoice: interest in dollars, the 40 € apart in euros, not added', () => {
    const p = computePenalties(base({ currency: 'USD', contractualRatePercent: 10 }));
    expect(p.interestCents).toBe(1_233);
    expect(p.indemnityCents).toBe(4_000);
    expect(p.indemnityCurrency).toBe('EUR');
    expect(p.totalCents).toBe(1_233);
  });

  it('13. a public body: ECB + 8 of the starting semester, not split at 1 July, and 40 €', () => {
    const p = computePenalties(
      base({
        clientKind: 'public',
        amountDueCents: 100_000,
        dueDate: '2026-06-15',
        asOf: '2026-07-10',
        contractualRatePercent: 20,
      }),
    );
    expect(spans(p)).toEqual([['2026-06-16', '2026-07-10', 25, 10.15]]);
    expect(p.segments[0]?.basis).toContain('commande publique');
    expect(p.indemnityCents).toBe(4_000);
    expect(p.interestCents).toBe(695); // 1 000 × 10,15 % × 25 / 365 = 6,952 €
    expect(p.warnings).toEqual([]);
  });

  it('14. « taux BCE majoré de 8 points »: ECB + 8 per semester, below the floor in 2024 S1', () => {
    const p = computePenalties(
      base({ dueDate: '2023-12-31', asOf: '2024-01-10', contractualRate: { kind: 'ecb-plus', points: 8 } }),
    );
    expect(spans(p)).toEqual([['2024-01-01', '2024-01-10', 10, 12.5]]);
    // 3 × 5,07 = 15,21 % in 2024 S1: the clause is below the floor.
    expect(p.warnings).toEqual(['contractual-rate-below-floor:2024-S1']);
    expect(describeWarning(p.warnings[0]!, 'fr')).toContain('au moins ce plancher (15,21\u00a0%)');
  });

  it('15. « deux fois le taux légal » is below the floor: warned, with what may be claimed', () => {
    const p = computePenalties(base({ contractualRate: { kind: 'legal-multiple', factor: 2 } }));
    expect(p.segments[0]?.ratePercent).toBe(5.24);
    expect(p.warnings).toEqual(['contractual-rate-below-floor:2026-S1']);
    expect(describeWarning(p.warnings[0]!, 'en')).toContain('at least that floor (7.86%)');
  });

  it('16. the legacy percent still means a fixed rate, and the kind wins when both are given', () => {
    const legacy = computePenalties(base({ contractualRatePercent: 10 }));
    const fixed = computePenalties(base({ contractualRate: { kind: 'fixed', percent: 10 } }));
    expect(legacy).toEqual(fixed);
    const both = computePenalties(
      base({ contractualRatePercent: 10, contractualRate: { kind: 'legal-multiple', factor: 3 } }),
    );
    expect(both.segments[0]?.ratePercent).toBe(7.86);
  });

  it('17. 1 500 € at 10 % for 30 days is 12,33 € (the source prints 12,32 € by truncation)', () => {
    expect(computePenalties(base({ contractualRatePercent: 10 })).interestCents).toBe(1_233);
  });
});

const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2018-01-01', n));
const anyInput = fc.record({
  clientKind: fc.constantFrom('pro' as const, 'particulier' as const, 'public' as const),
  amountDueCents: fc.integer({ min: 0, max: 100_000_000 }),
  dueDate: day,
  asOf: day,
  currency: fc.constantFrom('EUR', 'USD', 'GBP'),
  contractualRate: fc.option(
    fc.oneof(
      fc.record({
        kind: fc.constant('fixed' as const),
        percent: fc.double({ min: 0, max: 40, noNaN: true }),
      }),
      fc.record({ kind: fc.constant('legal-multiple' as const), factor: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('ecb-plus' as const), points: fc.integer({ min: 0, max: 15 }) }),
    ),
    { nil: undefined },
  ),
  payments: fc.array(fc.record({ date: day, amountCents: fc.integer({ min: 1, max: 50_000_000 }) }), {
    maxLength: 3,
  }),
  formalNoticeDate: fc.option(day, { nil: undefined }),
});

describe('rate kinds, whatever the invoice', () => {
  it('the total adds the 40 € only in euros; the indemnity is always in euros', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const p = computePenalties(i);
        const expected = p.interestCents + (i.currency === 'EUR' ? p.indemnityCents : 0);
        return p.totalCents === expected && p.indemnityCurrency === 'EUR' && p.interestCents >= 0;
      }),
    );
  });

  it('a consumer never owes the 40 €; a public body’s rate never changes within a computation', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const p = computePenalties(i);
        if (i.clientKind === 'particulier') return p.indemnityCents === 0;
        if (i.clientKind === 'public') return new Set(p.segments.map((s) => s.ratePercent)).size <= 1;
        return true;
      }),
    );
  });

  it('3 × the legal rate is exactly the floor: never below it, so never warned', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const p = computePenalties({
          ...i,
          clientKind: 'pro',
          contractualRate: { kind: 'legal-multiple', factor: 3 },
        });
        return !p.warnings.some((w) => w.startsWith('contractual-rate-below-floor'));
      }),
    );
  });

  it('a consumer’s interest never starts before the notice', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const p = computePenalties({ ...i, clientKind: 'particulier' });
        if (!i.formalNoticeDate) return p.interestCents === 0;
        return p.segments.every((s) => s.from > i.formalNoticeDate!);
      }),
    );
  });
});
