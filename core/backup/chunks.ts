/**
 * A backup travels to the background in chunks: Chrome refuses an extension message over
 * 64 MiB (chromium extensions/common/api/messaging/message.h, kMaxMessageLength), and a
 * restore must work for any size. Each chunk holds rows of one table up to a byte budget
 * (a row larger than the budget, a big PDF, travels alone; a file is at most 30 MB of base64).
 */
import type { BackupContent } from './format';

export type TableName = 'clients' | 'invoices' | 'events' | 'scenarios' | 'files';
export const TABLES: readonly TableName[] = ['scenarios', 'clients', 'invoices', 'events', 'files'];

export interface Chunk {
  table: TableName;
  rows: unknown[];
}

export const CHUNK_BYTES = 4 * 1024 * 1024;

/** Rough size of a row once serialised; strings dominate (base64 of files). */
function sizeOf(row: unknown): number {
  let size = 0;
  const walk = (v: unknown): void => {
    if (typeof v === 'string') size += v.length + 2;
    else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        size += k.length + 4;
        walk(x);
      }
    } else size += 8;
  };
  walk(row);
  return size;
}

export function* chunksOf(content: Omit<BackupContent, 'settings'>, budget = CHUNK_BYTES): Generator<Chunk> {
  for (const table of TABLES) {
    let rows: unknown[] = [];
    let size = 0;
    for (const row of content[table]) {
      const s = sizeOf(row);
      if (rows.length > 0 && size + s > budget) {
        yield { table, rows };
        rows = [];
        size = 0;
      }
      rows.push(row);
      size += s;
    }
    if (rows.length > 0) yield { table, rows };
  }
}

/** How many rows of each table, so that the background can tell a chunk was lost. */
export function countsOf(content: Omit<BackupContent, 'settings'>): Record<TableName, number> {
  return Object.fromEntries(TABLES.map((t) => [t, content[t].length])) as Record<TableName, number>;
}
