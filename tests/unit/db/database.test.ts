import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addEvents,
  type Deriver,
  EcheanceDb,
  exportBackup,
  importItems,
  listInvoiceRows,
  payInFull,
  restoreBackup,
  SCHEMA_VERSIONS,
  trackInvoice,
} from '../../../core/db';
import { BackupSchema, type ImportItem } from '../../../core/model';

const derive: Deriver = (invoice) => ({
  status: 'open',
  outstandingCents: invoice.amountDueCents,
  nextActionDate: invoice.dueDate,
});

const item = (n: number, client = 'Acme SAS'): ImportItem => ({
  number: `F-${n}`,
  clientName: client,
  clientEmail: 'compta@acme.test',
  clientKind: 'pro',
  clientPhone: null,
  clientAddress: null,
  clientSiren: null,
  totalCents: 150000,
  amountDueCents: 150000,
  issueDate: '2026-03-01',
  dueDate: '2026-03-31',
  currency: 'EUR',
  paymentTerms: null,
  contractualRatePercent: null,
  mentions: null,
  origin: null,
  file: null,
});

let opened: Dexie[] = [];
const open = (name: string) => {
  const db = new EcheanceDb(name);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened) {
    db.close();
    await Dexie.delete(db.name);
  }
  opened = [];
});

describe('database', () => {
  it('imports in one transaction, reusing the client and skipping known numbers', async () => {
    const db = open('import');
    const first = await importItems(
      db,
      [item(1), item(2)],
      { kind: 'csv', fileName: 'a.csv' },
      '2026-04-01T10:00:00Z',
      derive,
      '2026-04-01',
    );
    expect(first).toEqual({ imported: 2, skippedExisting: [] });
    const again = await importItems(
      db,
      [item(2), item(3, 'ACME  sas')],
      { kind: 'csv', fileName: null },
      '2026-04-01T10:00:00Z',
      derive,
      '2026-04-01',
    );
    expect(again).toEqual({ imported: 1, skippedExisting: ['F-2'] });
    expect(await db.clients.count()).toBe(1);
    expect((await listInvoiceRows(db)).map((r) => r.invoice.number).sort()).toEqual(['F-1', 'F-2', 'F-3']);
  });

  it('writes nothing when one record of an import fails', async () => {
    const db = open('atomic');
    // The second invoice fails half-way through the transaction.
    const failing: Deriver = (inv) => {
      if (inv.number === 'F-2') throw new Error('boom');
      return derive(inv, {} as never, [], '2026-04-01');
    };
    await expect(
      importItems(
        db,
        [item(1), item(2)],
        { kind: 'csv', fileName: null },
        '2026-04-01T10:00:00Z',
        failing,
        '2026-04-01',
      ),
    ).rejects.toThrow('boom');
    expect(await db.invoices.count()).toBe(0);
    expect(await db.clients.count()).toBe(0);
  });

  it('restores a backup exactly', async () => {
    const db = open('backup-a');
    await importItems(
      db,
      [item(1), item(2, 'Bidule')],
      { kind: 'csv', fileName: null },
      '2026-04-01T10:00:00Z',
      derive,
      '2026-04-01',
    );
    const backup = BackupSchema.parse(await exportBackup(db, '2026-04-02T08:00:00Z'));
    const other = open('backup-b');
    await restoreBackup(other, backup);
    const again = await exportBackup(other, '2026-04-02T08:00:00Z');
    expect(JSON.stringify(again)).toBe(JSON.stringify(backup));
  });

  it('opens data written with the oldest schema with the current one, losing nothing', async () => {
    const oldest = SCHEMA_VERSIONS[0]!;
    const raw = new Dexie('migrate');
    opened.push(raw);
    raw.version(oldest.version).stores(oldest.stores);
    const db0 = open('seed');
    await importItems(
      db0,
      [item(1), item(2)],
      { kind: 'csv', fileName: null },
      '2026-04-01T10:00:00Z',
      derive,
      '2026-04-01',
    );
    const seed = await exportBackup(db0, '2026-04-02T08:00:00Z');
    await raw.table('clients').bulkAdd(seed.clients);
    await raw.table('invoices').bulkAdd(seed.invoices);
    raw.close();
    const current = open('migrate');
    const after = await exportBackup(current, '2026-04-02T08:00:00Z');
    expect(after.invoices).toEqual(seed.invoices);
    expect(after.clients).toEqual(seed.clients);
    expect(current.verno).toBe(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version);
  });
});

describe('events', () => {
  const at = '2026-04-01T10:00:00Z';
  const paidDerive: Deriver = (invoice, _client, events) => {
    const paid = events.reduce((s, e) => (e.type === 'payment' ? s + e.amountCents : s), 0);
    const outstandingCents = invoice.amountDueCents - paid;
    return { status: outstandingCents <= 0 ? 'paid' : 'open', outstandingCents, nextActionDate: null };
  };

  it('paying in full twice (a double click) records one payment', async () => {
    const db = open('pay-twice');
    await importItems(db, [item(1)], { kind: 'csv', fileName: null }, at, paidDerive, '2026-04-01');
    const [invoice] = await db.invoices.toArray();
    await Promise.all([
      payInFull(db, invoice!.id, '2026-04-02', at, paidDerive),
      payInFull(db, invoice!.id, '2026-04-02', at, paidDerive),
    ]);
    expect((await db.events.toArray()).map((e) => e.type)).toEqual(['payment']);
    expect((await db.invoices.get(invoice!.id))?.outstandingCents).toBe(0);
  });

  it('collective proceedings recorded on one invoice stop the client’s other invoices too', async () => {
    const db = open('proceedings');
    await importItems(db, [item(1), item(2)], { kind: 'csv', fileName: null }, at, derive, '2026-04-01');
    const [a, b] = await db.invoices.toArray();
    const seen: string[] = [];
    const tracking: Deriver = (invoice, client, events, today) => {
      seen.push(`${invoice.number}:${client.proceedings?.kind ?? '-'}`);
      return derive(invoice, client, events, today);
    };
    const event = {
      id: 'e1',
      invoiceId: a!.id,
      type: 'proceedings_opened' as const,
      kind: 'liquidation' as const,
    };
    await addEvents(
      db,
      [{ ...event, bodaccDate: '2026-03-20', date: '2026-04-01', createdAt: at, note: '' }],
      tracking,
      '2026-04-01',
    );
    expect((await db.clients.get(a!.clientId))?.proceedings).toEqual({
      kind: 'liquidation',
      bodaccDate: '2026-03-20',
    });
    expect(seen.sort()).toEqual([`${a!.number}:liquidation`, `${b!.number}:liquidation`].sort());
  });

  it('tracking from Gmail an invoice already imported keeps its client and adds the thread', async () => {
    const db = open('track-existing');
    await importItems(db, [item(1)], { kind: 'csv', fileName: null }, at, derive, '2026-04-01');
    const [before] = await db.invoices.toArray();
    const origin = { kind: 'gmail' as const, threadId: 't1', messageId: null, account: 0 };
    const id = await trackInvoice(
      db,
      {
        invoice: { ...before!, origin },
        client: { ...(await db.clients.toArray())[0]!, name: 'Quelqu’un d’autre', emails: ['autre@x.test'] },
      },
      derive,
      '2026-04-01',
    );
    expect(id).toEqual({ invoiceId: before!.id, alreadyTracked: true });
    expect(await db.clients.count()).toBe(1);
    expect((await db.invoices.get(id.invoiceId))?.origin).toEqual(origin);
  });
});
