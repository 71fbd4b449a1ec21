import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { type Deriver, EcheanceDb, getSettings, importItems } from '../../../core/db';
import { applyImportUpdate, importState, saveImportMapping } from '../../../core/db/import-update';
import type { ImportItem, ImportUpdate } from '../../../core/model';

// The real rule is core/dunning's; here, what is left decides « paid », enough to see the write.
const derive: Deriver = (invoice, _client, events) => {
  const paid = events.reduce((s, e) => (e.type === 'payment' ? s + e.amountCents : s), 0);
  const outstandingCents = invoice.amountDueCents - paid;
  const off = events.some((e) => e.type === 'written_off');
  return {
    status: off ? 'written_off' : outstandingCents <= 0 ? 'paid' : 'open',
    outstandingCents,
    nextActionDate: null,
  };
};
const item = (number: string, over: Partial<ImportItem> = {}): ImportItem => ({
  number,
  clientName: 'Acme SAS',
  clientEmail: null,
  clientKind: 'pro',
  clientPhone: null,
  clientAddress: null,
  clientSiren: null,
  totalCents: 120000,
  amountDueCents: 120000,
  issueDate: '2026-03-01',
  dueDate: '2026-03-31',
  currency: 'EUR',
  paymentTerms: null,
  contractualRatePercent: null,
  mentions: null,
  origin: null,
  file: null,
  ...over,
});
const origin = { kind: 'csv' as const, fileName: 'export.csv' };
const at = '2026-05-01T10:00:00.000Z';

let db: EcheanceDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function seeded() {
  db = new EcheanceDb(`import-update-${Math.random()}`);
  await importItems(db, [item('F-1'), item('F-2'), item('F-3')], origin, at, derive, '2026-05-01');
  const { invoices } = await importState(db, ['F-1', 'F-2', 'F-3', 'F-9'], []);
  return new Map(invoices.map((i) => [i.number, i]));
}
const update = (
  k: { id: string; number: string; totalCents: number; outstandingCents: number },
  over: Partial<ImportUpdate>,
): ImportUpdate => ({
  invoiceId: k.id,
  number: k.number,
  expected: { totalCents: k.totalCents, outstandingCents: k.outstandingCents },
  totalCents: null,
  payment: null,
  cancel: false,
  note: 'Relevé dans export.csv',
  ...over,
});

describe('re-import write', () => {
  it('adds payments, new totals, cancellations and new invoices in one transaction', async () => {
    const known = await seeded();
    expect([...known.keys()].sort()).toEqual(['F-1', 'F-2', 'F-3']);
    const outcome = await applyImportUpdate(
      db,
      [
        update(known.get('F-1')!, { payment: { amountCents: 80000, date: '2026-04-15' } }),
        update(known.get('F-2')!, { totalCents: 150000 }),
        update(known.get('F-3')!, { cancel: true }),
      ],
      [item('F-4')],
      origin,
      at,
      derive,
      '2026-05-01',
    );
    expect(outcome).toEqual({ imported: 1, skippedExisting: [], updated: 3 });
    const byNumber = new Map((await db.invoices.toArray()).map((i) => [i.number, i]));
    expect(byNumber.get('F-1')).toMatchObject({ outstandingCents: 40000, status: 'open' });
    expect(byNumber.get('F-2')).toMatchObject({
      totalCents: 150000,
      amountDueCents: 150000,
      outstandingCents: 150000,
    });
    expect(byNumber.get('F-3')).toMatchObject({ status: 'written_off' });
    expect(byNumber.has('F-4')).toBe(true);
    const events = await db.events.toArray();
    expect(events.map((e) => [e.type, e.note])).toEqual(
      expect.arrayContaining([
        ['payment', 'Relevé dans export.csv'],
        ['written_off', 'Relevé dans export.csv'],
      ]),
    );
  });

  it('writes nothing when an invoice changed since the preview', async () => {
    const known = await seeded();
    const stale = { ...known.get('F-2')!, outstandingCents: 99 };
    await expect(
      applyImportUpdate(
        db,
        [
          update(known.get('F-1')!, { payment: { amountCents: 1000, date: '2026-04-15' } }),
          update(stale, { cancel: true }),
        ],
        [item('F-4')],
        origin,
        at,
        derive,
        '2026-05-01',
      ),
    ).rejects.toThrow(/F-2 a changé/);
    expect(await db.events.count()).toBe(0);
    expect(await db.invoices.count()).toBe(3);
  });

  it('remembers one mapping per file shape', async () => {
    db = new EcheanceDb(`import-mapping-${Math.random()}`);
    await saveImportMapping(db, { signature: 'a|b', columns: { numero: 0 } });
    await saveImportMapping(db, { signature: 'a|b', columns: { numero: 1 } });
    expect((await getSettings(db)).invoiceImportMappings).toEqual([
      { signature: 'a|b', columns: { numero: 1 } },
    ]);
  });
});
