/**
 * The daily backup (issue #20): the whole database, in the manual backup's exact format
 * (core/db/export.ts, checksum included), written to the folder the user chose once, the last
 * N days kept. Run by the background on its daily alarm and at start-up, and by the settings
 * page right after a folder is chosen; what it did is kept for the settings to show.
 */
import {
  AUTO_BACKUP_DIR,
  type AutoBackupStatus,
  autoBackupName,
  BlobSink,
  backupsToPrune,
  freshStatus,
  mustWrite,
} from '../backup';
import { localDate } from '../dates';
import {
  type BackupTarget,
  type EcheanceDb,
  getAutoBackupStatus,
  getBackupTarget,
  getSettings,
  saveAutoBackupStatus,
  writeBackup,
} from '../db';

/** A folder, as core/platform opens it from the stored target (File System Access or downloads). */
export interface BackupFolder {
  /** Whether the browser lets us write there now without asking the user. */
  permission(): Promise<'granted' | 'prompt' | 'denied'>;
  /** The names of the files in our subfolder (`Echeance`). */
  list(): Promise<string[]>;
  write(name: string, blob: Blob): Promise<void>;
  remove(name: string): Promise<void>;
}

export type OpenFolder = (target: BackupTarget, subfolder: string) => BackupFolder;

export type AutoBackupOutcome = 'no-folder' | 'written' | 'unchanged' | 'permission' | 'failed';

export async function runAutoBackup(
  db: EcheanceDb,
  now: Date,
  open: OpenFolder,
): Promise<{ outcome: AutoBackupOutcome; status: AutoBackupStatus | null }> {
  const target = await getBackupTarget(db);
  if (!target) return { outcome: 'no-folder', status: null };
  const before = (await getAutoBackupStatus(db)) ?? freshStatus(target.name);
  const status: AutoBackupStatus = { ...before, checkedAt: now.toISOString() };
  const finish = async (outcome: AutoBackupOutcome, change: Partial<AutoBackupStatus>) => {
    const next = { ...status, ...change };
    await saveAutoBackupStatus(db, next);
    return { outcome, status: next };
  };
  const folder = open(target, AUTO_BACKUP_DIR);
  try {
    // The browser drops a folder's permission when it restarts (Chrome asks again unless the
    // user chose « Autoriser à chaque visite »); only a click on one of our pages may ask.
    if ((await folder.permission()) !== 'granted')
      return await finish('permission', { problem: 'permission', problemDetail: '' });
    const sink = new BlobSink();
    const checksum = await writeBackup(db, now.toISOString(), sink.write);
    const names = await folder.list();
    const keep = (await getSettings(db)).autoBackupKeep;
    if (!mustWrite(before, checksum, names)) {
      for (const name of backupsToPrune(names, keep)) await folder.remove(name);
      return await finish('unchanged', { problem: null, problemDetail: '' });
    }
    const name = autoBackupName(localDate(now));
    await folder.write(name, sink.blob());
    const after = names.includes(name) ? names : [...names, name];
    for (const old of backupsToPrune(after, keep)) await folder.remove(old);
    return await finish('written', {
      lastWrittenAt: now.toISOString(),
      lastFile: name,
      lastChecksum: checksum,
      problem: null,
      problemDetail: '',
    });
  } catch (e) {
    // Kept for the settings to say: a full disk, a folder removed, a drive unplugged.
    return await finish('failed', { problem: 'failed', problemDetail: String(e).slice(0, 300) });
  }
}
