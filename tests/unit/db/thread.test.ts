import { describe, expect, it } from 'vitest';
import { type Deriver, importItems, invoiceByThread, invoicesByThread } from '../../../core/db';
import { freshDb, item } from '../app/fixture';

const derive: Deriver = (invoice) => ({
  status: 'open',
  outstandingCents: invoice.amountDueCents,
  nextActionDate: null,
});
const inThread = (number: string, threadId: string | null) =>
  item(number, '2026-03-01', {
    origin: threadId ? { kind: 'gmail', threadId, messageId: null, account: 0 } : null,
  });

describe('invoices by Gmail thread', () => {
  // Dexie's where() refuses a key path that is not indexed: these answers come from the index.
  it('finds a thread’s invoice through the origin.threadId index', async () => {
    const db = freshDb();
    await importItems(
      db,
      [inThread('G-1', 't-1'), inThread('G-2', 't-2'), inThread('C-1', null)],
      { kind: 'csv', fileName: null },
      '2026-03-01T08:00:00Z',
      derive,
      '2026-03-01',
    );
    expect((await invoiceByThread(db, 't-2'))?.number).toBe('G-2');
    expect(await invoiceByThread(db, 't-9')).toBeUndefined();
    expect((await invoicesByThread(db, ['t-1', 't-2', 't-9'])).map((i) => i.number).sort()).toEqual([
      'G-1',
      'G-2',
    ]);
    expect(await invoicesByThread(db, [])).toEqual([]);
  });
});
