/**
 * What the settings show of the daily backup: off, or on with its folder, the last file
 * written and what stands in the way (the browser asks for the folder again, a write failed).
 */
import type { AutoBackupStatus } from '../backup/schedule';
import { localDate } from '../dates';
import { type EcheanceDb, getAutoBackupStatus, getBackupTarget, getSettings } from '../db';
import type { IsoDate } from '../model';

export type AutoBackupView =
  | { state: 'off'; keep: number }
  | {
      state: 'on';
      kind: 'directory' | 'downloads';
      folder: string;
      keep: number;
      /** The last file written: its local day and time, and its name. */
      last: { day: IsoDate; time: string; file: string } | null;
      problem: AutoBackupStatus['problem'];
      detail: string;
      /** The folder handle, for « Autoriser à nouveau » (a click on the page asks the browser). */
      handle: unknown;
    };

const hhmm = (d: Date) =>
  `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

export async function readAutoBackup(db: EcheanceDb): Promise<AutoBackupView> {
  const [target, status, settings] = await Promise.all([
    getBackupTarget(db),
    getAutoBackupStatus(db),
    getSettings(db),
  ]);
  const keep = settings.autoBackupKeep;
  if (!target) return { state: 'off', keep };
  const at = status?.lastWrittenAt ? new Date(status.lastWrittenAt) : null;
  return {
    state: 'on',
    kind: target.kind,
    folder: target.name,
    keep,
    last: at && status?.lastFile ? { day: localDate(at), time: hhmm(at), file: status.lastFile } : null,
    problem: status?.problem ?? null,
    detail: status?.problemDetail ?? '',
    handle: target.kind === 'directory' ? target.handle : null,
  };
}
