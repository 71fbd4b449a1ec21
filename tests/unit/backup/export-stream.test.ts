import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { type BackupContent, backupFile, CONTENT_KEYS, readBackup } from '../../../core/backup';
import { Sha256 } from '../../../core/backup/sha256';
import { EcheanceDb, exportBackup, writeBackup } from '../../../core/db';
import { sampleContent } from './fixture';

const AT = '2026-03-01T08:00:00.000Z';
const MB = 1024 * 1024;
let dbs: EcheanceDb[] = [];
afterEach(async () => {
  for (const db of dbs) {
    db.close();
    await Dexie.delete(db.name);
  }
  dbs = [];
});

async function seeded(content: BackupContent): Promise<EcheanceDb> {
  const db = new EcheanceDb(`export-${dbs.length}-${process.pid}`);
  dbs.push(db);
  await db.transaction(
    'rw',
    [db.clients, db.invoices, db.events, db.scenarios, db.files, db.settings],
    async () => {
      await db.settings.put({ key: 'settings', value: content.settings });
      await db.clients.bulkAdd(content.clients);
      await db.invoices.bulkAdd(content.invoices);
      await db.events.bulkAdd(content.events);
      await db.scenarios.bulkAdd(content.scenarios);
      await db.files.bulkAdd(content.files);
    },
  );
  return db;
}

/** A large profile: 3,000 invoices with payments, 300 clients, 24 PDFs of 2 MB of base64. */
function large(): BackupContent {
  const base = sampleContent('z');
  const [c, ,] = base.clients;
  const [inv] = base.invoices;
  const [ev] = base.events;
  const [file] = base.files;
  const pad = (n: number) => String(n).padStart(5, '0');
  const clients = Array.from({ length: 300 }, (_, i) => ({
    ...c!,
    id: `c${pad(i)}`,
    name: `Client ${i} — « é »`,
  }));
  const files = Array.from({ length: 24 }, (_, i) => ({
    ...file!,
    id: `f${pad(i)}`,
    invoiceId: `i${pad(i)}`,
    base64: Buffer.alloc(1.5 * MB, i).toString('base64'),
  }));
  const invoices = Array.from({ length: 3000 }, (_, i) => ({
    ...inv!,
    id: `i${pad(i)}`,
    number: `Z-${pad(i)}`,
    clientId: `c${pad(i % 300)}`,
    fileId: i < 24 ? `f${pad(i)}` : null,
  }));
  const events = invoices.map((x, i) => ({ ...ev!, id: `e${pad(i)}`, invoiceId: x.id }));
  return { ...base, clients, invoices, events, files };
}

/** The reference: the whole export in memory, then `backupFile` (Web Crypto checksum). */
async function inMemory(db: EcheanceDb): Promise<string> {
  const b = await exportBackup(db, AT);
  const content = Object.fromEntries(CONTENT_KEYS.map((k) => [k, b[k]])) as BackupContent;
  return (await backupFile(content, AT)).parts.join('');
}

describe('SHA-256 fed in pieces', () => {
  it('matches node:crypto at every block boundary and on text with surrogate pairs', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 100_001]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + 7) & 255);
      const h = new Sha256().update(bytes.subarray(0, n >> 1)).update(bytes.subarray(n >> 1));
      expect(h.hex()).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    // 64 Ki characters is one slice: a pair straddling the slice edge must stay whole.
    const text = `${'a'.repeat(65_535)}💸${'é💸'.repeat(40_000)}`;
    expect(new Sha256().updateText(text).hex()).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('the backup export is a stream', () => {
  it('writes exactly the bytes of the in-memory export, and restore verifies its checksum', async () => {
    const db = await seeded(sampleContent());
    const pieces: string[] = [];
    const checksum = await writeBackup(db, AT, (t) => pieces.push(t));
    const text = pieces.join('');
    expect(text).toBe(await inMemory(db));
    const read = await readBackup(text);
    expect(read.ok && read.checksum).toBe('verified');
    expect(JSON.parse(text).checksum).toBe(checksum);
  });

  it('an empty profile exports a valid, verified file', async () => {
    const db = new EcheanceDb(`export-empty-${process.pid}`);
    dbs.push(db);
    const pieces: string[] = [];
    await writeBackup(db, AT, (t) => pieces.push(t));
    const read = await readBackup(pieces.join(''));
    expect(read.ok && read.checksum).toBe('verified');
  });

  it('a large profile (≈ 50 MB, 3,000 invoices, 24 PDFs): same bytes, verified, row by row, small memory', async () => {
    const content = large();
    const db = await seeded(content);
    const biggestRow = Math.max(...content.files.map((f) => JSON.stringify(f).length)) + 1;

    // First pass: only hashed and counted, as a sink that keeps nothing, to see the memory.
    let pieces = 0;
    let longest = 0;
    let total = 0;
    const node = createHash('sha256');
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const checksum = await writeBackup(db, AT, (t) => {
      pieces++;
      longest = Math.max(longest, t.length);
      total += t.length;
      node.update(t, 'utf8');
      if (pieces % 50 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    });
    console.log(
      `export stream: ${(total / MB).toFixed(1)} MB in ${pieces} pieces, heap +${((peak - before) / MB).toFixed(1)} MB`,
    );
    expect(total).toBeGreaterThan(45 * MB);
    // No piece is larger than one row: the file is never one string.
    expect(longest).toBeLessThanOrEqual(biggestRow);
    expect(pieces).toBeGreaterThan(content.invoices.length + content.events.length);
    // A page of rows at a time: the heap grows by far less than the file (GC timing varies).
    expect(peak - before).toBeLessThan(total / 2);

    // Second pass, kept: the same bytes as the in-memory export, and restore accepts it.
    const kept: string[] = [];
    expect(await writeBackup(db, AT, (t) => kept.push(t))).toBe(checksum);
    const text = kept.join('');
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(node.digest('hex'));
    expect(text === (await inMemory(db))).toBe(true);
    const read = await readBackup(text);
    expect(read.ok && read.checksum).toBe('verified');
    if (read.ok) expect(read.backup.files.length).toBe(24);
  }, 240_000);

  it('a write that starts during the export waits for it: the file is one consistent snapshot', async () => {
    const db = await seeded(sampleContent());
    let write: Promise<unknown> | undefined;
    const pieces: string[] = [];
    await writeBackup(
      db,
      AT,
      (t) => {
        pieces.push(t);
        // Outside the export's transaction, as another page or the background would write.
        write ??= Dexie.ignoreTransaction(() =>
          db.clients.put({ ...sampleContent().clients[0]!, id: 'late', name: 'Écrit pendant' }),
        );
      },
      { clients: 1 },
    );
    await write;
    expect(pieces.join('')).not.toContain('Écrit pendant');
    expect(await db.clients.get('late')).toBeDefined();
  });
});
