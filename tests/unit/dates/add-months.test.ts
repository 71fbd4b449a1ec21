import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, addYears, fromDayNumber } from '../../../core/dates';

/** The calendar's answer, through Date (what addMonths computed before it became integer arithmetic). */
function withDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

describe('addMonths', () => {
  it('agrees with the calendar for any day and any shift, month ends and leap years included', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_000, max: 60_000 }), fc.integer({ min: -240, max: 240 }), (n, k) => {
        const date = fromDayNumber(n);
        return addMonths(date, k) === withDate(date, k);
      }),
      { numRuns: 5000 },
    );
  });

  it('clamps to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addMonths('2100-01-29', 1)).toBe('2100-02-28');
    expect(addMonths('2000-01-29', 1)).toBe('2000-02-29');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
  });
});
