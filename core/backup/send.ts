/**
 * The dashboard's side of a restore: the already-read backup goes to the background in
 * chunks, then one commit. A failure at any point discards what was staged; the data in the
 * extension is untouched until the commit, which is one transaction.
 */
import type { Backup } from '../model';
import type { ResponseOf, Result, Send } from '../protocol';
import { chunksOf, countsOf } from './chunks';
import type { RestoreMode } from './restore';

export type CommitAnswer = ResponseOf<'backup/commit'>;

export async function restoreInChunks(
  send: Send,
  backup: Backup,
  mode: RestoreMode,
  restoreId: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Result<CommitAnswer>> {
  const chunks = [...chunksOf(backup)];
  for (const [seq, chunk] of chunks.entries()) {
    // Rows are the backup's, already parsed: the background validates them again.
    const staged = await send('backup/stage', { restoreId, seq, chunk: chunk as never });
    if (!staged.ok) {
      await send('backup/discard', { restoreId });
      return staged;
    }
    onProgress(seq + 1, chunks.length);
  }
  const done = await send('backup/commit', {
    restoreId,
    mode,
    settings: backup.settings,
    counts: countsOf(backup),
  });
  if (!done.ok) await send('backup/discard', { restoreId });
  return done;
}
