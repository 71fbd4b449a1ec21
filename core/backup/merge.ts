/**
 * « Fusionner »: what a backup adds to the data already there. What exists is kept as it is;
 * what is new is added; a row that exists on both sides with different content, or an invoice
 * number already used by another invoice, is a conflict: kept as it is here, and listed.
 * Clients are recognised by id, else by the one client-matching rule (core/model/client-match),
 * so that the same company exported from two browsers does not become two clients.
 */
import { ClientMatcher } from '../model';
import type { BackupContent } from './format';

export type Rows = Omit<BackupContent, 'settings'>;

export interface Conflict {
  table: 'clients' | 'invoices' | 'events' | 'scenarios' | 'files';
  /** What the user knows the row by: an invoice number, a client's name… */
  label: string;
  reason: 'different' | 'number-taken';
}

export interface MergePlan {
  add: Rows;
  conflicts: Conflict[];
  /** Rows of the backup already here, identical. */
  unchanged: number;
}

/** Equal as stored: same keys and values, whatever their order. */
function sameRow(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameRow((a as never)[k], (b as never)[k]));
}

export function planMerge(current: Rows, incoming: Rows): MergePlan {
  const conflicts: Conflict[] = [];
  let unchanged = 0;
  const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));
  /** Splits rows into new ones and known ones, counting identical ones and listing different ones. */
  const split = <T extends { id: string }>(
    table: Conflict['table'],
    mine: readonly T[],
    theirs: readonly T[],
    label: (r: T) => string,
  ) => {
    const known = byId(mine);
    const fresh: T[] = [];
    for (const row of theirs) {
      const here = known.get(row.id);
      if (!here) fresh.push(row);
      else if (sameRow(here, row)) unchanged++;
      else conflicts.push({ table, label: label(row), reason: 'different' });
    }
    return { fresh, known };
  };

  const scenarios = split('scenarios', current.scenarios, incoming.scenarios, (s) => s.name);
  // Clients: by id, else the same legal entity (their invoices then point to ours).
  const clients = split('clients', current.clients, incoming.clients, (c) => c.name);
  const matcher = new ClientMatcher(current.clients);
  const clientId = new Map<string, string>();
  const addClients = [];
  for (const c of clients.fresh) {
    const same = matcher.find(c);
    if (same) clientId.set(c.id, same.id);
    else {
      addClients.push(c);
      matcher.add(c);
    }
  }
  const invoices = split('invoices', current.invoices, incoming.invoices, (i) => i.number);
  const numbers = new Set(current.invoices.map((i) => i.number));
  const addInvoices = [];
  for (const inv of invoices.fresh) {
    if (numbers.has(inv.number)) {
      conflicts.push({ table: 'invoices', label: inv.number, reason: 'number-taken' });
      continue;
    }
    numbers.add(inv.number);
    addInvoices.push({ ...inv, clientId: clientId.get(inv.clientId) ?? inv.clientId });
  }
  // Events and files follow their invoice: added with a new invoice, or new ones of an invoice
  // both sides share; never attached to an invoice that was refused.
  const present = new Set([...current.invoices.map((i) => i.id), ...addInvoices.map((i) => i.id)]);
  const byInvoice = new Map(current.invoices.map((i) => [i.id, i.number]));
  for (const i of incoming.invoices) if (!byInvoice.has(i.id)) byInvoice.set(i.id, i.number);
  const events = split(
    'events',
    current.events,
    incoming.events,
    (e) => `${byInvoice.get(e.invoiceId) ?? ''} · ${e.type} ${e.date}`,
  );
  const files = split('files', current.files, incoming.files, (f) => f.name);
  return {
    add: {
      scenarios: scenarios.fresh,
      clients: addClients,
      invoices: addInvoices,
      events: events.fresh.filter((e) => present.has(e.invoiceId)),
      files: files.fresh.filter((f) => f.invoiceId === null || present.has(f.invoiceId)),
    },
    conflicts,
    unchanged,
  };
}
