/**
 * The backup that happens by itself (issue #20): one file a day in a folder the user chose
 * once, the last N kept. Everything here is decided from names, dates and checksums only, so
 * the background (core/app/auto-backup.ts) and the restore page agree on what a folder holds.
 *
 * A day's file is written again when the data changed during that day: the folder holds the
 * last state of each day, never two files for one day. The content checksum of the file
 * (format.ts) says whether anything changed since the last file, so an idle day writes nothing.
 */
import { addDays, localDate } from '../dates';
import type { IsoDate } from '../model';

/** Days kept by default, and the bounds the settings accept. */
export const DEFAULT_KEEP = 14;
export const MIN_KEEP = 1;
export const MAX_KEEP = 365;

/** The folder created inside the chosen one, or inside Downloads (Firefox), for our files. */
export const AUTO_BACKUP_DIR = 'Echeance';

const PREFIX = 'echeance-sauvegarde-auto-';
const NAME = /^echeance-sauvegarde-auto-(\d{4}-\d{2}-\d{2})\.json$/;

/** `echeance-sauvegarde-auto-2026-12-02.json`: sorts by day, the same in every language. */
export function autoBackupName(day: IsoDate): string {
  return `${PREFIX}${day}.json`;
}

/** The day of one of our files, or null for any other file in the folder (left alone). */
export function dayOfBackupName(name: string): IsoDate | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const day = m[1] as IsoDate;
  // A name like 2026-02-31 is not one we wrote.
  return localDate(new Date(`${day}T12:00:00`)) === day ? day : null;
}

export interface FoundBackup {
  name: string;
  day: IsoDate;
}

/** Our files among a folder's names, newest first; other files are ignored. */
export function backupsNewestFirst(names: readonly string[]): FoundBackup[] {
  const found: FoundBackup[] = [];
  for (const name of names) {
    const day = dayOfBackupName(name);
    if (day) found.push({ name, day });
  }
  return found.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

/** The files to delete so that only the newest `keep` days stay (never another file). */
export function backupsToPrune(names: readonly string[], keep: number): string[] {
  const bounded = Math.min(MAX_KEEP, Math.max(MIN_KEEP, Math.trunc(keep)));
  return backupsNewestFirst(names)
    .slice(bounded)
    .map((b) => b.name);
}

/** What the last run left: shown in the settings, read by the next run. */
export interface AutoBackupStatus {
  /** The chosen folder's name, as the browser gives it (no path: the browser hides it). */
  folderName: string;
  /** When the last file was written (ISO), its name and content checksum. */
  lastWrittenAt: string | null;
  lastFile: string | null;
  lastChecksum: string | null;
  /** Why the last run wrote nothing: the browser asks for the folder again, or writing failed. */
  problem: 'permission' | 'failed' | null;
  problemDetail: string;
  checkedAt: string | null;
}

export function freshStatus(folderName: string): AutoBackupStatus {
  return {
    folderName,
    lastWrittenAt: null,
    lastFile: null,
    lastChecksum: null,
    problem: null,
    problemDetail: '',
    checkedAt: null,
  };
}

/**
 * Whether today's file must be written: when the data changed since the last file, or when
 * the last file is not in the folder any more (deleted by the user, or a new folder).
 */
export function mustWrite(
  status: AutoBackupStatus,
  checksum: string,
  namesInFolder: readonly string[],
): boolean {
  if (status.lastChecksum !== checksum) return true;
  return status.lastFile === null || !namesInFolder.includes(status.lastFile);
}

/** The daily alarm: tomorrow a few minutes after midnight, local time (after the midnight refresh). */
export function nextAutoBackupAt(now: Date): number {
  const [y, m, d] = addDays(localDate(now), 1).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 0, 5, 0).getTime();
}

export const AUTO_BACKUP_ALARM = 'backup';

/** The settings' « days kept » as typed: a whole number in bounds, else null (the field says what to type). */
export function parseKeep(typed: string): number | null {
  const t = typed.trim();
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return n >= MIN_KEEP && n <= MAX_KEEP ? n : null;
}
