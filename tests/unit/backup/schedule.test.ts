import { describe, expect, it } from 'vitest';
import {
  autoBackupName,
  backupsNewestFirst,
  backupsToPrune,
  dayOfBackupName,
  freshStatus,
  mustWrite,
  nextAutoBackupAt,
} from '../../../core/backup/schedule';

const days = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => autoBackupName(`2026-11-${String(from + i).padStart(2, '0')}`));

describe('the daily backup schedule', () => {
  it('names a day’s file so that it sorts, and reads the day back', () => {
    expect(autoBackupName('2026-12-02')).toBe('echeance-sauvegarde-auto-2026-12-02.json');
    expect(dayOfBackupName('echeance-sauvegarde-auto-2026-12-02.json')).toBe('2026-12-02');
    // Not ours: the manual backup, a copy renamed by a sync client, an impossible date.
    expect(dayOfBackupName('echeance-sauvegarde-2026-12-02.json')).toBeNull();
    expect(dayOfBackupName('echeance-sauvegarde-auto-2026-12-02 (1).json')).toBeNull();
    expect(dayOfBackupName('echeance-sauvegarde-auto-2026-02-31.json')).toBeNull();
  });

  it('lists our files newest first and ignores the rest', () => {
    const names = ['notes.txt', ...days(3, 3), 'echeance-sauvegarde-auto-2025-12-31.json'];
    expect(backupsNewestFirst(names).map((b) => b.day)).toEqual([
      '2026-11-05',
      '2026-11-04',
      '2026-11-03',
      '2025-12-31',
    ]);
  });

  it('keeps the newest N days and deletes only our older files', () => {
    const names = [...days(1, 16), 'photo.jpg'];
    expect(backupsToPrune(names, 14)).toEqual([autoBackupName('2026-11-02'), autoBackupName('2026-11-01')]);
    expect(backupsToPrune(names, 20)).toEqual([]);
    // A keep of 0 or less still keeps one file: a backup folder is never emptied.
    expect(backupsToPrune(days(1, 3), 0)).toEqual([
      autoBackupName('2026-11-02'),
      autoBackupName('2026-11-01'),
    ]);
  });

  it('writes when the data changed or the last file is gone, not on an idle day', () => {
    const status = {
      ...freshStatus('Drive'),
      lastFile: autoBackupName('2026-11-03'),
      lastChecksum: 'sha256:a',
    };
    expect(mustWrite(freshStatus('Drive'), 'sha256:a', [])).toBe(true);
    expect(mustWrite(status, 'sha256:a', days(3, 1))).toBe(false);
    expect(mustWrite(status, 'sha256:b', days(3, 1))).toBe(true);
    expect(mustWrite(status, 'sha256:a', days(4, 1))).toBe(true);
  });

  it('plans the alarm a few minutes after the next local midnight', () => {
    const at = new Date(nextAutoBackupAt(new Date(2026, 11, 31, 23, 59)));
    expect([at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes()]).toEqual([
      2027, 0, 1, 0, 5,
    ]);
  });
});
