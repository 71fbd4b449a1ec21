/**
 * Issue #20: every action on an invoice can be undone for UNDO_MS. `undoable` runs the action
 * inside one transaction between two snapshots of the rows it may touch (its invoices, their
 * events and files, their clients) and keeps the difference; `undo` writes the rows back exactly
 * as they were, refusing when one changed since, then recomputes the cached states. Generic: an
 * action needs no undo of its own, only the invoices it concerns.
 */
import { localDate } from '../dates';
import { type EcheanceDb, refreshInvoice } from '../db';
import {
  deleteUndo,
  dropUndoBefore,
  getUndo,
  putUndo,
  UNDO_TABLES,
  type UndoChange,
  type UndoEntry,
  type UndoTable,
} from '../db/undo-journal';
import { type Invoice, newId } from '../model';
import { deriveState } from './derive';
import { UNDO_SECONDS } from './undo-countdown';

/** How long « Annuler » is offered. */
export const UNDO_MS = UNDO_SECONDS * 1000;
/** The time a click takes to reach the background: a click at 9.9 s still counts. */
const GRACE_MS = 2_000;

export type UndoKind =
  | 'paid'
  | 'reopened'
  | 'edited'
  | 'deleted'
  | 'reminder'
  | 'rate'
  | 'snoozed'
  | 'payments'
  | `event:${string}`;

type Rows = Map<string, unknown>; // `${table}|${key}` → row

/** The cached fields core/dunning derives: recomputed on revert, so never a conflict. */
const DERIVED = new Set(['status', 'outstandingCents', 'nextActionDate']);

function facts(table: UndoTable, row: unknown): string {
  if (row == null) return 'null';
  if (table !== 'invoices') return JSON.stringify(row);
  const kept = Object.entries(row as Invoice).filter(([k]) => !DERIVED.has(k));
  return JSON.stringify(kept);
}

/** The rows an action on these invoices can change (call inside the transaction). */
async function snapshot(
  db: EcheanceDb,
  invoiceIds: readonly string[],
  clientIds: Set<string>,
): Promise<Rows> {
  const rows: Rows = new Map();
  const invoices = (await db.invoices.bulkGet([...invoiceIds])).filter((i): i is Invoice => Boolean(i));
  for (const i of invoices) {
    rows.set(`invoices|${i.id}`, i);
    clientIds.add(i.clientId);
  }
  for (const id of invoiceIds) {
    for (const e of await db.events.where('invoiceId').equals(id).toArray()) rows.set(`events|${e.id}`, e);
    for (const f of await db.files.where('invoiceId').equals(id).toArray()) rows.set(`files|${f.id}`, f);
  }
  for (const i of invoices) {
    const file = i.fileId ? await db.files.get(i.fileId) : undefined;
    if (file) rows.set(`files|${file.id}`, file);
  }
  for (const c of await db.clients.bulkGet([...clientIds])) if (c) rows.set(`clients|${c.id}`, c);
  return rows;
}

function diff(before: Rows, after: Rows): UndoChange[] {
  const changes: UndoChange[] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const [table, ...rest] = id.split('|') as [UndoTable, ...string[]];
    const was = before.get(id) ?? null;
    const now = after.get(id) ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now))
      changes.push({ table, key: rest.join('|'), before: was, after: now });
  }
  return changes;
}

const TABLES = (db: EcheanceDb) => [
  db.invoices,
  db.clients,
  db.events,
  db.files,
  db.meta,
  db.scenarios,
  db.settings,
];

/**
 * Runs `action` and keeps what it changed on `invoiceIds` for UNDO_MS. The whole is one
 * transaction: no other write slips between the snapshots, and a failed action keeps nothing.
 */
export async function undoable<T>(
  db: EcheanceDb,
  now: Date,
  what: { kind: UndoKind; invoiceIds: readonly string[] },
  action: () => Promise<T>,
): Promise<T> {
  return db.transaction('rw', TABLES(db), async () => {
    const clientIds = new Set<string>();
    const before = await snapshot(db, what.invoiceIds, clientIds);
    const result = await action();
    const changes = diff(before, await snapshot(db, what.invoiceIds, clientIds));
    await dropUndoBefore(db, new Date(now.getTime() - GRACE_MS).toISOString());
    if (changes.length > 0) {
      const numbers = [...before.entries()]
        .filter(([k]) => k.startsWith('invoices|'))
        .map(([, v]) => (v as Invoice).number);
      await putUndo(db, {
        id: newId(),
        kind: what.kind,
        numbers,
        invoiceIds: [...what.invoiceIds],
        at: now.toISOString(),
        until: new Date(now.getTime() + UNDO_MS).toISOString(),
        changes,
      });
    }
    return result;
  });
}

/** Thrown when an undo cannot be done; its message is for the user. */
export class UndoRefused extends Error {}

/**
 * Writes back the rows the action changed, as they were. Refused, with nothing written, when the
 * period is over or when one of those rows changed since (another action came after).
 */
export async function undo(db: EcheanceDb, undoId: string, now: Date): Promise<{ kind: string }> {
  const derive = await deriveState(db);
  return db.transaction('rw', TABLES(db), async () => {
    const entry = await getUndo(db, undoId);
    if (!entry || Date.parse(entry.until) + GRACE_MS < now.getTime()) {
      throw new UndoRefused('trop tard : cette action ne peut plus être annulée');
    }
    for (const c of entry.changes) {
      if (facts(c.table, await db.table(c.table).get(c.key)) !== facts(c.table, c.after)) {
        throw new UndoRefused('la facture a changé depuis : rien n’a été annulé');
      }
    }
    for (const table of UNDO_TABLES) {
      for (const c of entry.changes.filter((x) => x.table === table)) {
        if (c.before === null) await db.table(table).delete(c.key);
        else await db.table(table).put(c.before);
      }
    }
    await deleteUndo(db, entry.id);
    await refreshAfterUndo(db, entry, derive, localDate(now));
    return { kind: entry.kind };
  });
}

/** The invoices the revert wrote back, and every invoice of a client it wrote back (proceedings). */
async function refreshAfterUndo(
  db: EcheanceDb,
  entry: UndoEntry,
  derive: Awaited<ReturnType<typeof deriveState>>,
  today: string,
): Promise<void> {
  const ids = new Set(entry.invoiceIds);
  for (const c of entry.changes) {
    if (c.table === 'clients') {
      for (const key of await db.invoices.where('clientId').equals(c.key).primaryKeys()) ids.add(key);
    }
  }
  for (const invoice of await db.invoices.bulkGet([...ids])) {
    if (invoice) await refreshInvoice(db, invoice, derive, today);
  }
}

/** Forgets what the ended periods kept: a removed invoice is then gone for good. */
export async function purgeUndo(db: EcheanceDb, now: Date): Promise<number> {
  return dropUndoBefore(db, new Date(now.getTime() - GRACE_MS).toISOString());
}
