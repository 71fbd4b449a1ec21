/**
 * A restore of any size: the dashboard sends the backup in chunks, each one staged in the
 * `meta` table (one row per chunk, nothing else touched), then one commit reads them and
 * writes everything in a single transaction — all of it, or nothing, staged rows included.
 * Staging in IndexedDB rather than in the worker's memory: the service worker may be stopped
 * between two chunks.
 */
import type { Backup, Client, Invoice, InvoiceEvent, Scenario, Settings, StoredFile } from '../model';
import type { EcheanceDb } from './database';
import { saveSettings } from './settings';

const STAGE = 'restore-stage|';
type Table = 'clients' | 'invoices' | 'events' | 'scenarios' | 'files';
interface Rows {
  clients: Client[];
  invoices: Invoice[];
  events: InvoiceEvent[];
  scenarios: Scenario[];
  files: StoredFile[];
}
interface StagedChunk {
  table: Table;
  rows: unknown[];
}

const prefix = (restoreId: string) => `${STAGE}${restoreId}|`;

export async function stageChunk(
  db: EcheanceDb,
  restoreId: string,
  seq: number,
  chunk: StagedChunk,
): Promise<void> {
  // Zero-padded so that key order is arrival order.
  await db.meta.put({ key: `${prefix(restoreId)}${String(seq).padStart(9, '0')}`, value: chunk });
}

/** Forgets staged chunks: one restore's, or every unfinished one (a tab closed mid-way). */
export async function discardStaged(db: EcheanceDb, restoreId?: string): Promise<void> {
  await db.meta
    .where('key')
    .startsWith(restoreId ? prefix(restoreId) : STAGE)
    .delete();
}

export interface Decided {
  replace: boolean;
  rows: Rows;
}

/**
 * Reads the staged rows and, in the same transaction, lets `decide` look at them (and at the
 * current rows when it needs them) and writes what it decided. If `decide` throws, or a write
 * fails (quota), nothing is written and the staged rows stay for a retry or a discard.
 */
export async function commitStaged<D extends Decided>(
  db: EcheanceDb,
  restoreId: string,
  settings: Settings | null,
  needsCurrent: boolean,
  decide: (staged: Rows, current: Rows | null) => D,
): Promise<D> {
  const tables = [db.invoices, db.clients, db.events, db.scenarios, db.settings, db.files, db.meta];
  return db.transaction('rw', tables, async () => {
    const staged: Rows = { clients: [], invoices: [], events: [], scenarios: [], files: [] };
    const chunks = await db.meta.where('key').startsWith(prefix(restoreId)).sortBy('key');
    for (const { value } of chunks) {
      const chunk = value as StagedChunk;
      (staged[chunk.table] as unknown[]).push(...chunk.rows);
    }
    const current: Rows | null = needsCurrent
      ? {
          clients: await db.clients.toArray(),
          invoices: await db.invoices.toArray(),
          events: await db.events.toArray(),
          scenarios: await db.scenarios.toArray(),
          files: await db.files.toArray(),
        }
      : null;
    const decided = decide(staged, current);
    await writeRows(db, decided.rows, decided.replace);
    if (decided.replace && settings) await saveSettings(db, settings);
    await db.meta.where('key').startsWith(prefix(restoreId)).delete();
    return decided;
  });
}

/** Adds rows in reference order, after emptying the tables when replacing (inside a transaction). */
async function writeRows(db: EcheanceDb, rows: Rows, replace: boolean): Promise<void> {
  if (replace) {
    await Promise.all([
      db.invoices.clear(),
      db.clients.clear(),
      db.events.clear(),
      db.scenarios.clear(),
      db.files.clear(),
    ]);
  }
  await db.scenarios.bulkAdd(rows.scenarios);
  await db.clients.bulkAdd(rows.clients);
  await db.invoices.bulkAdd(rows.invoices);
  await db.events.bulkAdd(rows.events);
  await db.files.bulkAdd(rows.files);
}

/** Replaces everything with an already validated backup, in one transaction. */
export async function restoreBackup(db: EcheanceDb, backup: Backup): Promise<void> {
  await db.transaction(
    'rw',
    [db.invoices, db.clients, db.events, db.scenarios, db.settings, db.files],
    async () => {
      await writeRows(db, backup, true);
      await saveSettings(db, backup.settings);
    },
  );
}
