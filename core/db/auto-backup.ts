/**
 * Where the daily backup goes and what its last run left, in `meta` (never in a backup file:
 * a folder belongs to one computer). The target row is written by the settings page itself,
 * not through the background: a folder handle (File System Access) is a browser object that
 * IndexedDB keeps (structured clone) but that no extension message can carry.
 */
import type { AutoBackupStatus } from '../backup/schedule';
import type { EcheanceDb } from './database';

const TARGET = 'auto-backup-target';
const STATUS = 'auto-backup-status';

/**
 * A folder the user chose (Chrome: its FileSystemDirectoryHandle, opaque here), or the
 * browser's Downloads folder (Firefox, which has no folder picker for extensions).
 */
export type BackupTarget =
  | { kind: 'directory'; name: string; handle: unknown; chosenAt: string }
  | { kind: 'downloads'; name: string; chosenAt: string };

export async function getBackupTarget(db: EcheanceDb): Promise<BackupTarget | null> {
  const row = await db.meta.get(TARGET);
  return (row?.value as BackupTarget | undefined) ?? null;
}

/** A new target starts a new status: the last file of another folder says nothing of this one. */
export async function setBackupTarget(
  db: EcheanceDb,
  target: BackupTarget | null,
  status: AutoBackupStatus | null,
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    if (target) await db.meta.put({ key: TARGET, value: target });
    else await db.meta.delete(TARGET);
    if (status) await db.meta.put({ key: STATUS, value: status });
    else await db.meta.delete(STATUS);
  });
}

export async function getAutoBackupStatus(db: EcheanceDb): Promise<AutoBackupStatus | null> {
  const row = await db.meta.get(STATUS);
  return (row?.value as AutoBackupStatus | undefined) ?? null;
}

export async function saveAutoBackupStatus(db: EcheanceDb, status: AutoBackupStatus): Promise<void> {
  await db.meta.put({ key: STATUS, value: status });
}
