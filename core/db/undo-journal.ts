/**
 * Issue #20, « Annuler » for 10 s: the rows one action changed, as they were before and after,
 * kept in `meta` (never in a backup) under `undo|<id>` until the undo period is over. Stores and
 * reads only; what to snapshot and how to revert is decided in core/app/undo.ts.
 */
import type { EcheanceDb } from './database';

/** The tables an action on invoices can change, in the order a revert writes them back. */
export const UNDO_TABLES = ['clients', 'files', 'invoices', 'events'] as const;
export type UndoTable = (typeof UNDO_TABLES)[number];

/** One row as it was (null: it did not exist) and as the action left it (null: deleted). */
export interface UndoChange {
  table: UndoTable;
  key: string;
  before: unknown;
  after: unknown;
}

export interface UndoEntry {
  id: string;
  /** What the user did (core/app/undo.ts UndoKind), for the toast's words. */
  kind: string;
  /** The invoices' numbers, for the toast (« F-2026-001 »). */
  numbers: string[];
  invoiceIds: string[];
  at: string;
  /** Order among the kept entries (two actions can share a millisecond). */
  seq: number;
  /** Until when « Annuler » is offered (ISO instant). */
  until: string;
  changes: UndoChange[];
}

const PREFIX = 'undo|';

/** Keeps `entry`, numbered after the entries kept (call inside a transaction over `meta`). */
export async function putUndo(db: EcheanceDb, entry: Omit<UndoEntry, 'seq'>): Promise<void> {
  const [newest] = await undoEntries(db);
  await db.meta.put({ key: PREFIX + entry.id, value: { ...entry, seq: (newest?.seq ?? 0) + 1 } });
}

export async function getUndo(db: EcheanceDb, id: string): Promise<UndoEntry | null> {
  const row = await db.meta.get(PREFIX + id);
  return row ? (row.value as UndoEntry) : null;
}

export async function deleteUndo(db: EcheanceDb, id: string): Promise<void> {
  await db.meta.delete(PREFIX + id);
}

/** Every entry kept, newest first. */
export async function undoEntries(db: EcheanceDb): Promise<UndoEntry[]> {
  const rows = await db.meta.where('key').startsWith(PREFIX).toArray();
  return rows.map((r) => r.value as UndoEntry).sort((a, b) => b.seq - a.seq);
}

/** Forgets the entries whose period ended before `cutoff` (ISO): what they kept is gone for good. */
export async function dropUndoBefore(db: EcheanceDb, cutoff: string): Promise<number> {
  const stale = (await undoEntries(db)).filter((e) => e.until < cutoff).map((e) => PREFIX + e.id);
  await db.meta.bulkDelete(stale);
  return stale.length;
}
