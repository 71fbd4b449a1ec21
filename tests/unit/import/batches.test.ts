import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { inBatches, sendBatches } from '../../../components/import/batches';
import { EcheanceDb } from '../../../core/db';
import { createReceiver, createSender, type Send, schemaChecks } from '../../../core/protocol';
import { MAX_IMPORT_ITEMS } from '../../../core/protocol/messages';
import { makeHandlers } from '../../../entrypoints/background/handlers';

const item = (i: number) => ({
  number: `F-${String(i).padStart(6, '0')}`,
  clientName: `Client ${i % 50}`,
  clientEmail: null,
  clientKind: 'pro' as const,
  totalCents: 10_000 + i,
  amountDueCents: 10_000 + i,
  issueDate: '2026-01-01',
  dueDate: '2026-02-01',
});

let n = 0;
function profile() {
  const db = new EcheanceDb(`batches-${++n}`);
  const receive = createReceiver(
    makeHandlers(
      db,
      () => new Date('2026-03-01T10:00:00Z'),
      async () => {},
    ),
  );
  const send: Send = createSender(
    async (envelope) => receive(JSON.parse(JSON.stringify(envelope))),
    async () => schemaChecks,
  );
  return { db, send };
}

describe('an import larger than one message', () => {
  it("is cut in batches of at most 20,000 rows (the protocol's limit), in order", () => {
    const items = Array.from({ length: 2 * MAX_IMPORT_ITEMS + 1 }, (_, i) => i);
    const batches = inBatches(items, MAX_IMPORT_ITEMS);
    expect(batches.map((b) => b.length)).toEqual([20_000, 20_000, 1]);
    expect(batches.flat()).toEqual(items);
  });

  it('is written batch after batch, each one transaction, with progress', async () => {
    const { db, send } = profile();
    const items = Array.from({ length: 25 }, (_, i) => item(i));
    const seen: number[] = [];
    const outcome = await sendBatches(
      send,
      inBatches(items, 10),
      () => ({ kind: 'csv', fileName: 'f.csv' }),
      (p) => seen.push(p.done),
    );
    expect(outcome).toEqual({ ok: true, imported: 25, skipped: [] });
    expect(seen).toEqual([10, 20, 25]);
    expect(await db.invoices.count()).toBe(25);
  });

  it('a batch refused midway: the batches before it stay whole, nothing after it is written, and a retry adds only the rest', async () => {
    const { db, send } = profile();
    const items = Array.from({ length: 30 }, (_, i) => item(i));
    // Batch 2 of 3 carries one row the background refuses (a due date that does not exist).
    const bad = { ...items[14]!, dueDate: '2026-02-30' };
    const batches = inBatches([...items.slice(0, 14), bad, ...items.slice(15)], 10);
    const outcome = await sendBatches(send, batches, () => ({ kind: 'csv', fileName: 'f.csv' }));
    expect(outcome).toMatchObject({ ok: false, imported: 10, firstUnwritten: 10, unwritten: 20 });
    expect(outcome.ok || outcome.message).toContain('date');
    const numbers = (await db.invoices.toArray()).map((i) => i.number).sort();
    expect(numbers).toEqual(items.slice(0, 10).map((i) => i.number));

    const retry = await sendBatches(send, inBatches(items, 10), () => ({ kind: 'csv', fileName: 'f.csv' }));
    expect(retry).toMatchObject({ ok: true, imported: 20 });
    expect(retry.ok && retry.skipped).toHaveLength(10);
    expect(await db.invoices.count()).toBe(30);
  });

  it('a failure of the first batch writes nothing', async () => {
    const { db, send } = profile();
    const outcome = await sendBatches(send, [[{ ...item(1), dueDate: 'demain' }], [item(2)]], () => ({
      kind: 'csv',
      fileName: null,
    }));
    expect(outcome).toMatchObject({ ok: false, imported: 0, firstUnwritten: 0, unwritten: 2 });
    expect(await db.invoices.count()).toBe(0);
  });
});
