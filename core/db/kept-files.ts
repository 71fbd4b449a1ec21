/**
 * A Gmail attachment kept between the moment the background reads it (to fill the card) and
 * « Suivre » (to store it with the invoice), so that its bytes reach the background once. In
 * `meta`, not in memory: the service worker may be stopped between the two. Few and short-lived:
 * the newest MAX_KEPT for at most KEEP_MS; « Suivre » takes its file (and forgets it).
 */
import type { StoredFile } from '../model';
import type { EcheanceDb } from './database';

export type KeptFile = Pick<StoredFile, 'name' | 'mime' | 'base64'>;

const PREFIX = 'kept-file|';
/** A card left open longer than a working day is read again on the next visit. */
const KEEP_MS = 24 * 3600_000;
/** Several threads opened in a row each keep theirs; older ones go first. */
const MAX_KEPT = 10;

interface Row {
  key: string;
  value: { at: string; file: KeptFile };
}

/** Keeps `file` under `id`, dropping what is too old or beyond the newest MAX_KEPT. */
export async function keepFile(db: EcheanceDb, id: string, file: KeptFile, now: Date): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const rows = (await db.meta.where('key').startsWith(PREFIX).toArray()) as Row[];
    const stale = rows
      .sort((a, b) => (a.value.at < b.value.at ? 1 : -1))
      .filter((r, i) => i >= MAX_KEPT - 1 || now.getTime() - Date.parse(r.value.at) > KEEP_MS)
      .map((r) => r.key);
    await db.meta.bulkDelete(stale);
    await db.meta.put({ key: PREFIX + id, value: { at: now.toISOString(), file } });
  });
}

/** The file kept under `id` (then forgotten), or null when there is none or it is too old. */
export async function takeFile(db: EcheanceDb, id: string, now: Date): Promise<KeptFile | null> {
  return db.transaction('rw', db.meta, async () => {
    const row = (await db.meta.get(PREFIX + id)) as Row | undefined;
    if (!row) return null;
    await db.meta.delete(PREFIX + id);
    return now.getTime() - Date.parse(row.value.at) > KEEP_MS ? null : row.value.file;
  });
}
