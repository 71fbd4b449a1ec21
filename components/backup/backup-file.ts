/** Reading the chosen file and writing backups to disk, for the backup page. */
import { previewBackup } from '../../core/app/backup-preview';
import { BlobSink, type ReadBackup } from '../../core/backup';
import { type EcheanceDb, writeBackup } from '../../core/db';
import type { PreviewData } from './RestorePreview';

/** The whole database as a backup file, streamed from the database into Blobs (core/db/export.ts). */
export async function backupBlob(db: EcheanceDb, at: Date): Promise<Blob> {
  const sink = new BlobSink();
  await writeBackup(db, at.toISOString(), sink.write);
  return sink.blob();
}

/** Strict UTF-8 (a BOM is dropped by the decoder, and by readBackup if one is left). */
export async function readChosenFile(
  db: EcheanceDb,
  file: File,
): Promise<{ ok: true; preview: PreviewData } | Extract<ReadBackup, { ok: false }>> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, code: 'unreadable', issues: [] };
  }
  return previewBackup(db, { name: file.name, size: file.size, text });
}

/** `2026-12-01T22-30-05` — a file name part that sorts and has no `:`. */
export const stamp = (at: Date) => at.toISOString().slice(0, 19).replace(/:/g, '-');
