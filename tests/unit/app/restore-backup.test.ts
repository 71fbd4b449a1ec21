import { describe, expect, it } from 'vitest';
import { commitBackup, discardBackup, stageBackup } from '../../../core/app/restore-backup';
import { exportBackup } from '../../../core/db';
import type { Backup } from '../../../core/model';
import { freshDb, item, NOW, seed, TODAY } from './fixture';

const TABLES = ['clients', 'invoices', 'events', 'scenarios', 'files'] as const;
const counts = (b: Backup) =>
  Object.fromEntries(TABLES.map((t) => [t, b[t].length])) as Record<(typeof TABLES)[number], number>;

/** Stages a backup one table per chunk, as the dashboard sends it. */
async function stageAll(db: ReturnType<typeof freshDb>, restoreId: string, backup: Backup) {
  let seq = 0;
  for (const table of TABLES) {
    await stageBackup(db, restoreId, seq++, { table, rows: backup[table] } as never);
  }
}

describe('restoring a backup', () => {
  it('replaces everything and computes the cached states again', async () => {
    const source = freshDb();
    await seed(source, [item('F-1', '2026-03-04'), item('F-2', '2026-03-30', { clientName: 'Bolt' })]);
    const backup = await exportBackup(source, NOW.toISOString());
    // A file written weeks ago: its cached state is stale.
    backup.invoices = backup.invoices.map((i) => ({
      ...i,
      status: 'promised' as const,
      nextActionDate: '2026-01-01',
    }));
    const target = freshDb();
    await seed(target, [item('OLD-1', '2026-01-01', { clientName: 'Ancien' })]);
    await stageAll(target, 'r1', backup);
    const out = await commitBackup(
      target,
      { restoreId: 'r1', mode: 'replace', settings: backup.settings, counts: counts(backup) },
      NOW,
    );
    expect(out).toMatchObject({ mode: 'replace', invoices: 2, clients: 2, events: 0, conflictCount: 0 });
    const numbers = (await target.invoices.toArray()).map((i) => i.number).sort();
    expect(numbers).toEqual(['F-1', 'F-2']);
    const f1 = await target.invoices.where('number').equals('F-1').first();
    expect(f1).toMatchObject({ status: 'open', nextActionDate: TODAY });
    // Nothing staged is left behind.
    expect(await target.meta.where('key').startsWith('restore-stage|').count()).toBe(0);
  });

  it('a chunk lost on the way writes nothing', async () => {
    const source = freshDb();
    await seed(source, [item('F-1', '2026-03-04')]);
    const backup = await exportBackup(source, NOW.toISOString());
    const target = freshDb();
    await seed(target, [item('KEEP-1', '2026-03-04')]);
    await stageAll(target, 'r2', backup);
    await expect(
      commitBackup(
        target,
        {
          restoreId: 'r2',
          mode: 'replace',
          settings: backup.settings,
          counts: { ...counts(backup), invoices: 5 },
        },
        NOW,
      ),
    ).rejects.toThrow('pas arrivée en entier');
    expect((await target.invoices.toArray()).map((i) => i.number)).toEqual(['KEEP-1']);
    await discardBackup(target, 'r2');
    expect(await target.meta.where('key').startsWith('restore-stage|').count()).toBe(0);
  });

  it('a merge adds what is new and keeps what is there', async () => {
    const source = freshDb();
    await seed(source, [item('N-1', '2026-03-04', { clientName: 'Nouveau' })]);
    const backup = await exportBackup(source, NOW.toISOString());
    const target = freshDb();
    await seed(target, [item('KEEP-1', '2026-03-04')]);
    await stageAll(target, 'r3', backup);
    const out = await commitBackup(
      target,
      { restoreId: 'r3', mode: 'merge', settings: backup.settings, counts: counts(backup) },
      NOW,
    );
    expect(out.invoices).toBe(1);
    expect((await target.invoices.toArray()).map((i) => i.number).sort()).toEqual(['KEEP-1', 'N-1']);
  });

  it('the first chunk of a restore clears one abandoned before', async () => {
    const db = freshDb();
    await stageBackup(db, 'abandoned', 0, { table: 'clients', rows: [] });
    await stageBackup(db, 'abandoned', 1, { table: 'clients', rows: [] });
    await stageBackup(db, 'fresh', 0, { table: 'clients', rows: [] });
    const keys = (await db.meta.toArray()).map((r) => r.key);
    expect(keys).toEqual(['restore-stage|fresh|000000000']);
  });
});
