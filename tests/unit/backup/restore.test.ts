import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { type BackupContent, readBackup, restoreInChunks } from '../../../core/backup';
import { EcheanceDb, exportBackup } from '../../../core/db';
import { type Backup, BackupSchema } from '../../../core/model';
import { createReceiver, createSender, isQuotaError, schemaChecks } from '../../../core/protocol';
import { makeHandlers } from '../../../entrypoints/background/handlers';
import { fileText, sampleContent } from './fixture';

let dbs: EcheanceDb[] = [];
afterEach(async () => {
  for (const db of dbs) {
    db.close();
    await Dexie.delete(db.name);
  }
  dbs = [];
});

/** The dashboard and the background of one profile, messages as function calls. */
function profile(name: string, messageLog: number[] = []) {
  const db = new EcheanceDb(name);
  dbs.push(db);
  const receive = createReceiver(
    makeHandlers(
      db,
      () => new Date('2026-03-01T09:00:00Z'),
      async () => {},
    ),
  );
  const send = createSender(
    async (envelope) => {
      messageLog.push(JSON.stringify(envelope).length);
      return receive(JSON.parse(JSON.stringify(envelope)), 'extension');
    },
    async () => schemaChecks,
  );
  return { db, send };
}

async function backupOf(content: BackupContent): Promise<Backup> {
  const read = await readBackup(await fileText(content));
  if (!read.ok) throw new Error(read.code);
  return read.backup;
}

/** Stored rows without the cached fields a restore recomputes. */
async function rows(db: EcheanceDb) {
  const b = await exportBackup(db, '2026-03-01T09:00:00Z');
  const strip = ({
    status: _s,
    outstandingCents: _o,
    nextActionDate: _n,
    ...rest
  }: Backup['invoices'][number]) => rest;
  const byId = <T extends { id: string }>(r: T[]) => [...r].sort((a, b) => a.id.localeCompare(b.id));
  return {
    ...b,
    exportedAt: '',
    invoices: byId(b.invoices).map(strip),
    clients: byId(b.clients),
    events: byId(b.events),
    files: byId(b.files),
  };
}

describe('restore through the background, in chunks', () => {
  it('« Remplacer »: the data equals the backup', async () => {
    const { db, send } = profile('replace');
    await restoreInChunks(send, await backupOf(sampleContent('old')), 'replace', 'r0');
    const answer = await restoreInChunks(send, await backupOf(sampleContent('new')), 'replace', 'r1');
    expect(answer).toMatchObject({ ok: true, data: { mode: 'replace', invoices: 2, clients: 2, files: 1 } });
    const other = profile('replace-ref');
    await restoreInChunks(other.send, await backupOf(sampleContent('new')), 'replace', 'r2');
    expect(await rows(db)).toEqual(await rows(other.db));
    expect(await db.meta.where('key').startsWith('restore-stage|').count()).toBe(0);
  });

  it('a backup bigger than one message travels in many, none over the budget', async () => {
    const log: number[] = [];
    const { db, send } = profile('big', log);
    const c = sampleContent();
    const pdf = 'QUJD'.repeat(1_500_000); // 6 MB of base64 each
    c.files = Array.from({ length: 6 }, (_, i) => ({
      id: `f${i}`,
      invoiceId: null,
      name: `f${i}.pdf`,
      mime: 'application/pdf',
      base64: pdf,
    }));
    c.files.push({ id: 'a-f1', invoiceId: 'a-i1', name: 'A.pdf', mime: 'application/pdf', base64: 'QUJD' });
    const answer = await restoreInChunks(
      send,
      BackupSchema.parse({ format: 'echeance-backup', version: 2, exportedAt: '2026-03-01T00:00:00Z', ...c }),
      'replace',
      'big',
    );
    expect(answer.ok).toBe(true);
    expect(await db.files.count()).toBe(7);
    expect(log.length).toBeGreaterThan(6);
    expect(Math.max(...log)).toBeLessThan(8 * 1024 * 1024);
  });

  it('« Fusionner » keeps both sets and lists the conflicts', async () => {
    const { db, send } = profile('merge');
    await restoreInChunks(send, await backupOf(sampleContent('a')), 'replace', 'm0');
    const incoming = sampleContent('b');
    // Same number as one already here, and a changed copy of a client already here.
    incoming.invoices[1]!.number = 'A-002';
    incoming.clients.push({ ...sampleContent('a').clients[1]!, notes: 'changé' });
    const answer = await restoreInChunks(send, await backupOf(incoming), 'merge', 'm1');
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.data.conflicts).toEqual([
      { table: 'clients', label: 'Bolt SARL', reason: 'different' },
      { table: 'invoices', label: 'A-002', reason: 'number-taken' },
    ]);
    expect((await db.invoices.toArray()).map((i) => i.number).sort()).toEqual(['A-001', 'A-002', 'B-001']);
    // b's Acme has the same SIREN as a's: one client; its invoice points to ours.
    const b1 = await db.invoices.get('b-i1');
    expect(b1?.clientId).toBe('a-c1');
    expect((await db.clients.get('a-c2'))?.notes).toBe('');
    expect(await db.events.count()).toBe(2);
  });

  it('a chunk that never arrived: refused, nothing changed', async () => {
    const { db, send } = profile('lost');
    await restoreInChunks(send, await backupOf(sampleContent('a')), 'replace', 'l0');
    const before = await rows(db);
    const backup = await backupOf(sampleContent('b'));
    await send('backup/stage', {
      restoreId: 'l1',
      seq: 0,
      chunk: { table: 'clients', rows: backup.clients },
    });
    const answer = await send('backup/commit', {
      restoreId: 'l1',
      mode: 'replace',
      settings: backup.settings,
      counts: { clients: 2, invoices: 2, events: 1, scenarios: 0, files: 1 },
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'failed', message: 'la sauvegarde n’est pas arrivée en entier' },
    });
    expect(await rows(db)).toEqual(before);
  });

  it('a dangling reference across chunks is refused at commit, nothing changed', async () => {
    const { db, send } = profile('dangling');
    await restoreInChunks(send, await backupOf(sampleContent('a')), 'replace', 'd0');
    const before = await rows(db);
    const bad = await backupOf(sampleContent('b'));
    bad.invoices[0]!.clientId = 'nobody';
    const answer = await restoreInChunks(send, bad, 'replace', 'd1');
    expect(answer).toMatchObject({ ok: false, error: { issues: [{ path: 'invoices.0.clientId' }] } });
    expect(await rows(db)).toEqual(before);
    expect(await db.meta.where('key').startsWith('restore-stage|').count()).toBe(0);
  });

  it('a storage quota error is recognised, even wrapped by Dexie', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
  });
});
