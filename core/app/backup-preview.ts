/**
 * What restoring a chosen backup file would do, before anything is written: what the file
 * holds, what the database holds now, and what « Fusionner » would add or leave in conflict
 * (core/backup planMerge). The backup page shows it and lets the user choose.
 */
import { planMerge, type ReadBackup, readBackup } from '../backup';
import type { EcheanceDb } from '../db';
import { currentRows } from '../db/reads';
import type { Backup } from '../model';
import { type Noun, rowCounts } from './backup-counts';

export interface BackupPreview {
  fileName: string;
  fileBytes: number;
  backup: Backup;
  checksum: 'verified' | 'absent';
  holds: Record<Noun, number>;
  current: Record<Noun, number>;
  /** What « Fusionner » would add, and how many rows would stay as they are here. */
  mergeAdds: Record<Noun, number>;
  mergeConflicts: number;
}

/** The file's text, already decoded as strict UTF-8; a file that does not read says why. */
export async function previewBackup(
  db: EcheanceDb,
  file: { name: string; size: number; text: string },
): Promise<{ ok: true; preview: BackupPreview } | Extract<ReadBackup, { ok: false }>> {
  const read = await readBackup(file.text);
  if (!read.ok) return read;
  const current = await currentRows(db);
  const plan = planMerge(current, read.backup);
  return {
    ok: true,
    preview: {
      fileName: file.name,
      fileBytes: file.size,
      backup: read.backup,
      checksum: read.checksum,
      holds: rowCounts(read.backup),
      current: rowCounts(current),
      mergeAdds: rowCounts(plan.add),
      mergeConflicts: plan.conflicts.length,
    },
  };
}
