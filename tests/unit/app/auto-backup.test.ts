/**
 * The daily backup's use case over a fake folder (a map of names to bytes): what it writes,
 * when it writes nothing, what it deletes, and what it records for the settings to show.
 */
import { describe, expect, it } from 'vitest';
import { type BackupFolder, runAutoBackup } from '../../../core/app/auto-backup';
import { autoBackupName, readBackup } from '../../../core/backup';
import { type EcheanceDb, getAutoBackupStatus, saveSettings, setBackupTarget } from '../../../core/db';
import { DEFAULT_SETTINGS } from '../../../core/model';
import { freshDb, item, NOW, seed, TODAY } from './fixture';

class FakeFolder implements BackupFolder {
  files = new Map<string, string>();
  state: PermissionState = 'granted';
  failWrite = false;
  opened: string[] = [];
  permission = async () => this.state;
  list = async () => [...this.files.keys()];
  write = async (name: string, blob: Blob) => {
    if (this.failWrite) throw new Error('QuotaExceededError: disque plein');
    this.files.set(name, await blob.text());
  };
  remove = async (name: string) => void this.files.delete(name);
}

async function withFolder(db: EcheanceDb, folder: FakeFolder) {
  await setBackupTarget(
    db,
    { kind: 'directory', name: 'Drive', handle: {}, chosenAt: NOW.toISOString() },
    null,
  );
  return (_target: unknown, sub: string) => {
    folder.opened.push(sub);
    return folder;
  };
}

describe('runAutoBackup', () => {
  it('does nothing without a chosen folder', async () => {
    const db = freshDb();
    expect(await runAutoBackup(db, NOW, () => new FakeFolder())).toEqual({
      outcome: 'no-folder',
      status: null,
    });
  });

  it('writes today’s file in the manual backup’s format, in our subfolder, and records it', async () => {
    const db = freshDb();
    await seed(db, [item('F-1', '2026-02-01'), item('F-2', '2026-03-01')]);
    const folder = new FakeFolder();
    const { outcome, status } = await runAutoBackup(db, NOW, await withFolder(db, folder));
    expect(outcome).toBe('written');
    expect(folder.opened).toEqual(['Echeance']);
    const text = folder.files.get(autoBackupName(TODAY))!;
    const read = await readBackup(text);
    expect(read.ok && read.checksum).toBe('verified');
    expect(read.ok && read.backup.invoices.map((i) => i.number).sort()).toEqual(['F-1', 'F-2']);
    expect(status).toMatchObject({ folderName: 'Drive', lastFile: autoBackupName(TODAY), problem: null });
    expect(await getAutoBackupStatus(db)).toEqual(status);
  });

  it('writes nothing on an idle day, and writes again once the data changed', async () => {
    const db = freshDb();
    await seed(db, [item('F-1', '2026-02-01')]);
    const folder = new FakeFolder();
    const open = await withFolder(db, folder);
    await runAutoBackup(db, NOW, open);
    const first = folder.files.get(autoBackupName(TODAY));
    const later = new Date(NOW.getTime() + 3600_000);
    expect((await runAutoBackup(db, later, open)).outcome).toBe('unchanged');
    expect(folder.files.get(autoBackupName(TODAY))).toBe(first);
    await seed(db, [item('F-9', '2026-02-01')]);
    expect((await runAutoBackup(db, later, open)).outcome).toBe('written');
    expect(folder.files.get(autoBackupName(TODAY))).toContain('F-9');
    expect(folder.files.size).toBe(1);
  });

  it('keeps the last N days of the settings and leaves other files alone', async () => {
    const db = freshDb();
    await saveSettings(db, { ...DEFAULT_SETTINGS, autoBackupKeep: 3 });
    const folder = new FakeFolder();
    for (const d of ['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10'])
      folder.files.set(autoBackupName(d), '{}');
    folder.files.set('mes-notes.txt', 'à garder');
    await runAutoBackup(db, NOW, await withFolder(db, folder));
    expect([...folder.files.keys()].sort()).toEqual(
      [
        autoBackupName('2026-03-09'),
        autoBackupName('2026-03-10'),
        autoBackupName(TODAY),
        'mes-notes.txt',
      ].sort(),
    );
  });

  it('records a folder the browser asks for again, and a write that failed', async () => {
    const db = freshDb();
    const folder = new FakeFolder();
    const open = await withFolder(db, folder);
    folder.state = 'prompt';
    expect((await runAutoBackup(db, NOW, open)).status).toMatchObject({
      problem: 'permission',
      lastFile: null,
    });
    expect(folder.files.size).toBe(0);
    folder.state = 'granted';
    folder.failWrite = true;
    const failed = await runAutoBackup(db, NOW, open);
    expect(failed.outcome).toBe('failed');
    expect(failed.status?.problemDetail).toContain('disque plein');
    folder.failWrite = false;
    expect((await runAutoBackup(db, NOW, open)).status).toMatchObject({ problem: null, problemDetail: '' });
  });
});
