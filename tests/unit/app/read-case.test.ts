import { describe, expect, it } from 'vitest';
import { allCases, casesFor, loadCase } from '../../../core/app/read-case';
import type { InvoiceEvent } from '../../../core/model';
import { freshDb, item, seed } from './fixture';

const note = (id: string, invoiceId: string, date: string, createdAt: string): InvoiceEvent => ({
  id,
  invoiceId,
  type: 'snoozed',
  until: date,
  date,
  createdAt,
  note: id,
});

describe('the one case loader', () => {
  it('loads an invoice with its client, its events by day then by recording, and its scenario', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    // Ids in the reverse order of the timeline, so key order cannot pass for timeline order.
    await db.events.bulkAdd([
      note('z', f1!.id, '2026-03-05', '2026-03-05T08:00:00Z'),
      note('y', f1!.id, '2026-03-06', '2026-03-06T09:00:00Z'),
      note('x', f1!.id, '2026-03-06', '2026-03-06T10:00:00Z'),
      note('w', f1!.id, '2026-03-07', '2026-03-05T07:00:00Z'),
    ]);
    await db.scenarios.put({
      id: 'mine',
      name: 'Le mien',
      builtIn: false,
      steps: [{ id: 'j3', offsetDays: 3, action: 'email', template: 'email.courteous', tone: 'courteous' }],
    });
    await db.clients.update(f1!.clientId, { scenarioId: 'mine' });
    const c = await loadCase(db, f1!.id);
    expect(c?.client.name).toBe('Acme SAS');
    expect(c?.events.map((e) => e.id)).toEqual(['z', 'y', 'x', 'w']);
    expect(c?.scenario.id).toBe('mine');
  });

  it('falls back to the default scenario and answers null for an unknown invoice', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    expect((await loadCase(db, f1!.id))?.scenario.id).toBe('standard');
    expect(await loadCase(db, 'nope')).toBeNull();
  });

  it('every case, and the cases of some invoices, agree', async () => {
    const db = freshDb();
    const seeded = await seed(db, [
      item('F-1', '2026-03-04'),
      item('F-2', '2026-03-10', { clientName: 'Bolt' }),
    ]);
    const { cases, settings } = await allCases(db);
    expect(cases.map((c) => c.invoice.number).sort()).toEqual(['F-1', 'F-2']);
    expect(settings.defaultScenarioId).toBe('standard');
    const some = await casesFor(db, [seeded['F-2']!]);
    expect(some.map((c) => c.client.name)).toEqual(['Bolt']);
    expect(await casesFor(db, [])).toEqual([]);
  });
});
