/**
 * Restoring a backup of any size: chunks staged one by one (core/db/restore.ts), then one
 * commit that decides (core/backup: the whole file arrived, references hold, what a merge adds)
 * and writes in a single transaction. Cached states in a file may be stale (a promise date
 * passed since): they are computed again after the commit.
 */
import { decideRestore, type RestoreMode } from '../backup';
import type { TableName } from '../backup/chunks';
import { commitStaged, discardStaged, type EcheanceDb, stageChunk } from '../db';
import type { Settings } from '../model';
import { rederiveAll } from './refresh';

/** One chunk; the first of a restore clears what an abandoned one left behind. */
export async function stageBackup(
  db: EcheanceDb,
  restoreId: string,
  seq: number,
  chunk: Parameters<typeof stageChunk>[3],
): Promise<{ ok: true }> {
  if (seq === 0) await discardStaged(db);
  await stageChunk(db, restoreId, seq, chunk);
  return { ok: true };
}

export interface CommitRequest {
  restoreId: string;
  mode: RestoreMode;
  settings: Settings;
  /** Rows the file holds per table: a chunk lost on the way is noticed before writing. */
  counts: Record<TableName, number>;
}

/** At most this many conflicts travel back to the page; the count says how many there were. */
const CONFLICTS_SHOWN = 500;

export async function commitBackup(db: EcheanceDb, r: CommitRequest, now: Date) {
  const done = await commitStaged(db, r.restoreId, r.settings, r.mode === 'merge', (staged, current) =>
    decideRestore(r.mode, staged, r.settings, r.counts, current),
  );
  await rederiveAll(db, now);
  return {
    mode: r.mode,
    invoices: done.rows.invoices.length,
    clients: done.rows.clients.length,
    events: done.rows.events.length,
    files: done.rows.files.length,
    unchanged: done.unchanged,
    conflicts: done.conflicts.slice(0, CONFLICTS_SHOWN),
    conflictCount: done.conflicts.length,
  };
}

/** Forgets one restore's staged chunks, or every unfinished one. */
export async function discardBackup(
  db: EcheanceDb,
  restoreId: string | null | undefined,
): Promise<{ ok: true }> {
  await discardStaged(db, restoreId ?? undefined);
  return { ok: true };
}
