import { describe, expect, it } from 'vitest';
import { agingTotals, bucketOfDaysLate, collectedVsOutstanding, lastMonths } from '../../../core/dashboard';
import { anInvoice, on } from '../dunning/builders';

const TODAY = '2026-06-15';

describe('aging buckets', () => {
  it('puts the day of the due date in « not due » and day 31 in 31–60', () => {
    expect([0, 1, 30, 31, 60, 61, 90, 91, -5].map(bucketOfDaysLate)).toEqual([
      'not-due',
      '1-30',
      '1-30',
      '31-60',
      '31-60',
      '61-90',
      '61-90',
      '90+',
      'not-due',
    ]);
  });

  it('sums what is still owed per bucket and leaves paid and written-off invoices out', () => {
    const totals = agingTotals(
      [
        anInvoice({ dueDate: '2026-06-30', outstandingCents: 100_00 }),
        anInvoice({ dueDate: '2026-06-05', outstandingCents: 200_00 }),
        anInvoice({ dueDate: '2026-05-01', outstandingCents: 300_00 }),
        anInvoice({ dueDate: '2026-04-01', outstandingCents: 400_00, status: 'disputed' }),
        anInvoice({ dueDate: '2026-01-01', outstandingCents: 500_00 }),
        anInvoice({ dueDate: '2026-01-01', outstandingCents: 0, status: 'paid' }),
        anInvoice({ dueDate: '2026-01-01', outstandingCents: 900_00, status: 'written_off' }),
      ],
      TODAY,
    );
    expect(totals.map((t) => [t.bucket, t.cents, t.count])).toEqual([
      ['not-due', 100_00, 1],
      ['1-30', 200_00, 1],
      ['31-60', 300_00, 1],
      ['61-90', 400_00, 1],
      ['90+', 500_00, 1],
    ]);
  });
});

describe('collected vs outstanding per month', () => {
  it('lists the 12 months ending with the current one, across a year change', () => {
    expect(lastMonths('2026-02-10', 12)).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('counts payments by the month received and open amounts by the month due', () => {
    const series = collectedVsOutstanding(
      [
        anInvoice({ dueDate: '2026-05-10', outstandingCents: 700_00 }),
        anInvoice({ dueDate: '2026-05-20', outstandingCents: 300_00, status: 'promised' }),
        anInvoice({ dueDate: '2026-06-01', outstandingCents: 0, status: 'paid' }),
        anInvoice({ dueDate: '2024-01-01', outstandingCents: 50_00 }),
        anInvoice({ dueDate: '2026-09-01', outstandingCents: 80_00 }),
      ],
      [
        on('2026-06-02', { type: 'payment', amountCents: 1_000_00 }),
        on('2026-06-20', { type: 'payment', amountCents: 250_00 }),
        on('2026-01-05', { type: 'payment', amountCents: 100_00 }),
        on('2025-01-05', { type: 'payment', amountCents: 999_00 }),
        on('2026-06-03', { type: 'dispute_opened' }),
      ],
      TODAY,
    );
    expect(series.months).toHaveLength(12);
    const june = series.months.at(-1)!;
    const may = series.months.at(-2)!;
    expect(june).toEqual({ month: '2026-06', collectedCents: 1_250_00, outstandingCents: 0 });
    expect(may).toEqual({ month: '2026-05', collectedCents: 0, outstandingCents: 1_000_00 });
    expect(series.months.find((m) => m.month === '2026-01')!.collectedCents).toBe(100_00);
    expect(series.earlierOutstandingCents).toBe(50_00);
    expect(series.laterOutstandingCents).toBe(80_00);
  });
});
