import { describe, expect, it } from 'vitest';
import { paymentBehaviour } from '../../../core/dashboard';
import { anInvoice, paid } from '../dunning/builders';

const inv = (id: string, dueDate: string, status: 'paid' | 'open', totalCents = 100_000) =>
  anInvoice({
    id,
    number: id,
    dueDate,
    issueDate: dueDate,
    status,
    totalCents,
    amountDueCents: totalCents,
    outstandingCents: status === 'paid' ? 0 : totalCents,
  });

describe('how a client pays', () => {
  it('average and median days late on paid invoices, share paid late, DSO over 12 months', () => {
    const invoices = [
      inv('a', '2026-01-10', 'paid'),
      inv('b', '2026-02-10', 'paid'),
      inv('c', '2026-03-10', 'paid'),
      inv('d', '2026-04-10', 'paid'),
      inv('e', '2026-05-10', 'open'),
      inv('old', '2024-01-10', 'paid'),
    ];
    const events = [
      paid('2026-01-05', 100_000, 'a'), // early: 0 days late
      paid('2026-02-20', 50_000, 'b'),
      paid('2026-02-25', 50_000, 'b'), // the last payment counts: 15 days
      paid('2026-04-09', 100_000, 'c'), // 30 days
      paid('2026-05-20', 100_000, 'd'), // 40 days
      paid('2024-01-10', 100_000, 'old'), // on time
    ];
    expect(paymentBehaviour(invoices, events, '2026-06-01')).toEqual({
      paidCount: 5,
      averageDaysLate: 17, // (0 + 15 + 30 + 40 + 0) / 5
      medianDaysLate: 15,
      shareLate: 0.6,
      // owes 1 000 € of 5 000 € invoiced over 12 months: 73 days
      dso12: 73,
    });
  });

  it('nothing paid and nothing invoiced: no figures rather than zeros', () => {
    expect(paymentBehaviour([], [], '2026-06-01')).toEqual({
      paidCount: 0,
      averageDaysLate: null,
      medianDaysLate: null,
      shareLate: null,
      dso12: null,
    });
  });
});
