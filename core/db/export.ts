/**
 * The backup written straight from the database: one read transaction (a consistent
 * snapshot, as `exportBackup` had), rows read a page at a time in key order — the order
 * `toArray()` gives, so the bytes are the same — and each row handed to the writer and
 * dropped. Only a page of rows is in memory at once; the files (PDFs, up to 30 MB of base64
 * each) come one by one.
 *
 * The writer is synchronous on purpose: an IndexedDB transaction ends when a task awaits
 * anything but its own requests, and hashing or gathering Blobs never waits.
 */
import { BackupWriter } from '../backup/writer';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../model';
import type { EcheanceDb } from './database';
import { getSettings } from './settings';

const TABLES = ['clients', 'invoices', 'events', 'scenarios', 'files'] as const;

/** Rows per read; files alone, since one can weigh 30 MB. */
const PAGE: Record<(typeof TABLES)[number], number> = {
  clients: 500,
  invoices: 500,
  events: 1000,
  scenarios: 100,
  files: 1,
};

/** Writes the whole database to `sink` as a backup file; returns its checksum. */
export async function writeBackup(
  db: EcheanceDb,
  exportedAt: string,
  sink: (text: string) => void,
  pages: Partial<typeof PAGE> = {},
): Promise<string> {
  return db.transaction(
    'r',
    [db.invoices, db.clients, db.events, db.scenarios, db.settings, db.files],
    async () => {
      const writer = new BackupWriter(sink, exportedAt);
      writer.value('settings', await getSettings(db));
      for (const name of TABLES) {
        const table = db[name];
        const size = pages[name] ?? PAGE[name];
        writer.array(name);
        let last: string | undefined;
        for (;;) {
          const rows: { id: string }[] = await (last === undefined
            ? table.orderBy(':id')
            : table.where(':id').above(last)
          )
            .limit(size)
            .toArray();
          for (const row of rows) writer.row(row);
          if (rows.length < size) break;
          last = rows[rows.length - 1]?.id;
        }
      }
      return writer.end();
    },
  );
}

/** Everything as one object, read in one transaction so the snapshot is consistent. */
export async function exportBackup(db: EcheanceDb, exportedAt: string): Promise<Backup> {
  return db.transaction(
    'r',
    [db.invoices, db.clients, db.events, db.scenarios, db.settings, db.files],
    async () => ({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      settings: await getSettings(db),
      clients: await db.clients.toArray(),
      invoices: await db.invoices.toArray(),
      events: await db.events.toArray(),
      scenarios: await db.scenarios.toArray(),
      files: await db.files.toArray(),
    }),
  );
}
