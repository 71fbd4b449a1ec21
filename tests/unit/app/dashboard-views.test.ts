import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readCharts } from '../../../core/app/charts';
import { FIRMER_SCENARIO, readClientPayments } from '../../../core/app/client-payments';
import { readClientsPage } from '../../../core/app/clients-page';
import { buildClientStatement } from '../../../core/app/statement-of-account';
import { aClient, anInvoice, done, paid } from '../dunning/builders';
import { seeded } from './seed';

const slow = aClient({ id: 'slow', name: 'Lente SARL' });
const quick = aClient({ id: 'quick', name: 'Rapide SAS' });
const idle = aClient({ id: 'idle', name: 'Sans facture' });

/** Lente paid two invoices 45 and 75 days late and owes one due 2026-03-31; Rapide paid on time. */
const rows = () => ({
  clients: [slow, quick, idle],
  invoices: [
    anInvoice({
      id: 's1',
      number: 'S-1',
      clientId: 'slow',
      dueDate: '2026-01-31',
      status: 'paid',
      outstandingCents: 0,
    }),
    anInvoice({
      id: 's2',
      number: 'S-2',
      clientId: 'slow',
      dueDate: '2026-02-15',
      status: 'paid',
      outstandingCents: 0,
    }),
    anInvoice({
      id: 's3',
      number: 'S-3',
      clientId: 'slow',
      dueDate: '2026-03-31',
      totalCents: 80_000,
      amountDueCents: 80_000,
      outstandingCents: 80_000,
    }),
    anInvoice({
      id: 'q1',
      number: 'Q-1',
      clientId: 'quick',
      dueDate: '2026-03-10',
      status: 'paid',
      outstandingCents: 0,
    }),
  ],
  events: [
    paid('2026-03-17', 150_000, 's1'),
    paid('2026-05-01', 150_000, 's2'),
    paid('2026-03-05', 150_000, 'q1'),
    done('2026-04-07', 'j7-email', 's3'),
  ],
});

describe('the dashboard’s read models', () => {
  it('charts: what is owed by age and money in vs out, from owed invoices and payments', async () => {
    const db = await seeded(rows());
    const { aging, monthly } = await readCharts(db, '2026-05-10');
    // S-3: 80 000 cents, 40 days late on 10 May.
    expect(aging.find((b) => b.bucket === '31-60')).toEqual({ bucket: '31-60', cents: 80_000, count: 1 });
    expect(aging.reduce((s, b) => s + b.cents, 0)).toBe(80_000);
    const may = monthly.months.find((m) => m.month === '2026-05');
    const march = monthly.months.find((m) => m.month === '2026-03');
    expect(may?.collectedCents).toBe(150_000);
    expect(march).toEqual({ month: '2026-03', collectedCents: 300_000, outstandingCents: 80_000 });
  });

  it('clients page: every client with its figures, most owed first, and the scenarios to edit', async () => {
    const db = await seeded({ ...rows(), scenarios: [] });
    const view = await readClientsPage(db, '2026-05-10');
    expect(view.clients).toHaveLength(3);
    expect(view.stats.map((s) => s.client.id)).toEqual(['slow', 'quick', 'idle']);
    const s = view.stats[0]!;
    expect(s.invoiceCount).toBe(3);
    expect(s.openCount).toBe(1);
    expect(s.outstandingCents).toBe(80_000);
    expect(s.remindersSent).toBe(1);
    expect(s.averageDaysLatePaid).toBe(60);
    expect(s.atRisk).toBe(true);
    expect(view.stats[1]!.averageDaysLatePaid).toBe(0);
    expect(view.scenarios).toEqual([]);
  });

  it('client payments: how each pays, and the firmer scenario offered to a chronic late payer only', async () => {
    const db = await seeded(rows());
    const byId = new Map((await readClientPayments(db, '2026-05-10')).map((r) => [r.client.id, r]));
    expect(byId.get('slow')?.behaviour).toMatchObject({
      paidCount: 2,
      averageDaysLate: 60,
      medianDaysLate: 60,
      shareLate: 1,
    });
    expect(byId.get('slow')?.offerFirmer).toBe(true);
    expect(byId.get('quick')?.behaviour).toMatchObject({ paidCount: 1, medianDaysLate: 0, shareLate: 0 });
    expect(byId.get('quick')?.offerFirmer).toBe(false);
    expect(byId.get('idle')?.behaviour.paidCount).toBe(0);

    const already = await seeded({ ...rows(), clients: [{ ...slow, scenarioId: FIRMER_SCENARIO }, quick] });
    const again = await readClientPayments(already, '2026-05-10');
    expect(again.find((r) => r.client.id === 'slow')?.offerFirmer).toBe(false);
  });

  it('statement of account: a PDF of the open invoices, none when nothing is open', async () => {
    const db = await seeded(rows());
    const built = await buildClientStatement(db, slow, '2026-05-10');
    expect(built?.mime).toBe('application/pdf');
    expect(new TextDecoder().decode(built!.bytes.slice(0, 5))).toBe('%PDF-');
    expect(await buildClientStatement(db, quick, '2026-05-10')).toBeNull();
  });
});
