import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { trackFromGmail } from '../../../core/app/gmail-track';
import { importItems } from '../../../core/db';
import { invoiceByThread, invoicesByThread } from '../../../core/db/by-thread';
import { keepFile, takeFile } from '../../../core/db/kept-files';
import { ImportItemSchema } from '../../../core/model';
import { closeAll, derive, freshDb, NOW, trackRequest } from '../app/gmail-setup';

afterEach(closeAll);

describe('invoices by Gmail thread (origin.threadId index)', () => {
  it('finds the invoices of the threads asked, and no invoice without a thread', async () => {
    const db = freshDb();
    await trackFromGmail(db, trackRequest({ threadId: 'a', number: 'F-A' }), NOW, derive);
    await trackFromGmail(db, trackRequest({ threadId: 'b', number: 'F-B' }), NOW, derive);
    await importItems(
      db,
      [
        // A CSV row: no thread, so no entry in the index.
        ImportItemSchema.parse({
          number: 'CSV-1',
          clientName: 'Acme SAS',
          clientEmail: null,
          clientKind: 'pro',
          totalCents: 100,
          amountDueCents: 100,
          issueDate: null,
          dueDate: '2026-03-01',
        }),
      ],
      { kind: 'csv', fileName: null },
      NOW.toISOString(),
      derive,
      '2026-03-23',
    );
    const numbers = (await invoicesByThread(db, ['b', 'a', 'a', 'zzz'])).map((i) => i.number).sort();
    expect(numbers).toEqual(['F-A', 'F-B']);
    expect((await invoiceByThread(db, 'b'))?.number).toBe('F-B');
    expect(await invoiceByThread(db, 'zzz')).toBeUndefined();
    expect(await invoicesByThread(db, [])).toEqual([]);
  });
});

describe('files kept between a read and « Suivre »', () => {
  it('are taken once, and only the newest ten are kept', async () => {
    const db = freshDb();
    const file = (n: number) => ({ name: `${n}.pdf`, mime: 'application/pdf', base64: `JVBER${n}` });
    for (let n = 0; n < 12; n++) await keepFile(db, `f${n}`, file(n), new Date(NOW.getTime() + n * 1000));
    const later = new Date(NOW.getTime() + 60_000);
    expect(await takeFile(db, 'f0', later)).toBeNull();
    expect(await takeFile(db, 'f1', later)).toBeNull();
    expect(await takeFile(db, 'f2', later)).toEqual(file(2));
    expect(await takeFile(db, 'f2', later)).toBeNull();
    expect(await takeFile(db, 'f11', later)).toEqual(file(11));
  });
});
