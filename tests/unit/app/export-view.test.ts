import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportCalendar, exportInvoicesCsv } from '../../../core/app/export-view';
import { aClient, anInvoice, done, paid } from '../dunning/builders';
import { seeded } from './seed';

const rows = () => ({
  clients: [
    aClient(),
    aClient({ id: 'client-2', name: 'Boulangerie Martin', emails: ['compta@martin.test'] }),
  ],
  invoices: [
    anInvoice(),
    anInvoice({
      id: 'inv-2',
      number: 'F-2026-002',
      clientId: 'client-2',
      totalCents: 42_000,
      amountDueCents: 42_000,
      outstandingCents: 42_000,
    }),
    anInvoice({ id: 'inv-3', number: 'F-2026-003', status: 'paid', outstandingCents: 0 }),
  ],
  events: [done('2026-04-07', 'j7-email'), paid('2026-04-02', 150_000, 'inv-3')],
});

describe('the settings page’s exports', () => {
  it('writes every invoice with its client as CSV, named after the day', async () => {
    const db = await seeded(rows());
    const file = await exportInvoicesCsv(db, '2026-04-20');
    expect(file.fileName).toBe('echeance-factures-2026-04-20.csv');
    expect(file.mime).toBe('text/csv;charset=utf-8');
    expect(file.count).toBe(3);
    const lines = file.text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^numero[;,]client[;,]email[;,]montant_ttc/);
    expect(lines).toHaveLength(4);
    expect(file.text).toContain('Boulangerie Martin');
    expect(file.text).toContain('420,00');
  });

  it('writes the upcoming actions of open invoices as a calendar and counts its events', async () => {
    const db = await seeded(rows());
    const file = await exportCalendar(db, {
      today: '2026-04-20',
      generatedAt: '2026-04-20T08:00:00.000Z',
      lang: 'fr',
    });
    expect(file.fileName).toBe('echeance-relances-2026-04-20.ics');
    expect(file.mime).toBe('text/calendar;charset=utf-8');
    expect(file.text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(file.count).toBe(file.text.split('BEGIN:VEVENT').length - 1);
    expect(file.count).toBeGreaterThan(0);
    expect(file.text).toContain('F-2026-001');
    expect(file.text).toContain('F-2026-002');
    // Paid: nothing left to plan.
    expect(file.text).not.toContain('F-2026-003');
  });

  it('exports an empty database as a header and an empty calendar', async () => {
    const db = await seeded();
    expect((await exportInvoicesCsv(db, '2026-04-20')).count).toBe(0);
    const ics = await exportCalendar(db, {
      today: '2026-04-20',
      generatedAt: '2026-04-20T08:00:00.000Z',
      lang: 'en',
    });
    expect(ics.count).toBe(0);
    expect(ics.text).toContain('END:VCALENDAR');
  });
});
