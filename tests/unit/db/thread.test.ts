import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { type Deriver, EcheanceDb, importItems, invoiceByThread, invoicesByThreads } from '../../../core/db';
import type { ImportItem } from '../../../core/protocol';

const derive: Deriver = (invoice) => ({
  status: 'open',
  outstandingCents: invoice.amountDueCents,
  nextActionDate: null,
});
const item = (number: string, threadId: string | null): ImportItem => ({
  number,
  clientName: 'Acme',
  clientEmail: null,
  clientKind: 'pro',
  clientPhone: null,
  clientAddress: null,
  clientSiren: null,
  totalCents: 100,
  amountDueCents: 100,
  issueDate: null,
  dueDate: '2026-03-01',
  currency: 'EUR',
  paymentTerms: null,
  contractualRatePercent: null,
  mentions: null,
  origin: threadId ? { kind: 'gmail', threadId, messageId: null, account: 0 } : null,
  file: null,
});

let db: EcheanceDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('invoices by Gmail thread', () => {
  // Dexie's where() refuses a key path that is not indexed: these answers come from the index.
  it('finds a thread’s invoice through the origin.threadId index', async () => {
    db = new EcheanceDb('by-thread');
    await importItems(
      db,
      [item('G-1', 't-1'), item('G-2', 't-2'), item('C-1', null)],
      { kind: 'csv', fileName: null },
      '2026-03-01T08:00:00Z',
      derive,
      '2026-03-01',
    );
    expect((await invoiceByThread(db, 't-2'))?.number).toBe('G-2');
    expect(await invoiceByThread(db, 't-9')).toBeUndefined();
    expect((await invoicesByThreads(db, ['t-1', 't-2', 't-9'])).map((i) => i.number).sort()).toEqual([
      'G-1',
      'G-2',
    ]);
    expect(await invoicesByThreads(db, [])).toEqual([]);
  });
});
