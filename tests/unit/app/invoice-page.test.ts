import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readInvoicePage } from '../../../core/app/invoice-page';
import { aClient, anInvoice, done, on } from '../dunning/builders';
import { seeded } from './seed';

describe('readInvoicePage (the dashboard’s invoice page)', () => {
  it('is null for an invoice that is gone, or whose client is gone', async () => {
    const db = await seeded({ invoices: [anInvoice()] });
    expect(await readInvoicePage(db, 'gone', '2026-04-20')).toBeNull();
    expect(await readInvoicePage(db, 'inv-1', '2026-04-20')).toBeNull();
  });

  it('orders events by date then creation, and places the invoice on its ladder', async () => {
    const later = on('2026-04-09', { type: 'call', outcome: 'no_answer' });
    const first = done('2026-04-07', 'j7-email');
    const sameDaySecond = on('2026-04-09', { type: 'receipt_acknowledged' });
    const db = await seeded({
      clients: [aClient()],
      invoices: [anInvoice()],
      events: [sameDaySecond, later, first],
    });
    const page = await readInvoicePage(db, 'inv-1', '2026-04-20');
    expect(page?.events.map((e) => e.id)).toEqual([first.id, later.id, sameDaySecond.id]);
    expect(page?.scenario.id).toBe('standard');
    // Due 2026-03-31, seen on 2026-04-20: 20 days late, the J+15 call is the next step.
    expect(page?.daysLate).toBe(20);
    expect(page?.ladder.next.kind === 'step' && page.ladder.next.step.id).toBe('j15-phone');
    expect(page?.ladder.steps.map((s) => s.state)[0]).toBe('done');
  });

  it('gives the penalties as letters claim them and what the missing mentions cost', async () => {
    const db = await seeded({
      clients: [aClient()],
      invoices: [anInvoice({ mentions: { dueDate: true, penaltyRate: true, recoveryIndemnity: false } })],
    });
    const page = await readInvoicePage(db, 'inv-1', '2026-04-20');
    expect(page?.compliance.ok).toBe(false);
    expect(page?.compliance.missing.map((m) => m.mention)).toEqual(['recoveryIndemnity']);
    // A professional owes the 40 € by law, stated or not (L441-10); interest runs from 1 April.
    expect(page?.claim.penalties.indemnityCents).toBe(4000);
    expect(page?.claim.penalties.interestCents).toBeGreaterThan(0);
    expect(page?.claim.totalCents).toBe(
      (page?.claim.outstandingCents ?? 0) +
        (page?.claim.interestCents ?? 0) +
        (page?.claim.indemnityCents ?? 0),
    );
  });
});
