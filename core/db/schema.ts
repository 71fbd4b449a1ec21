/**
 * Every schema version the database ever had, oldest first. A version is never edited once
 * shipped: add a new one with its `upgrade`, and the migration test opens data written with
 * the oldest version using the current one.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Lists by status and next action date (popup "Aujourd'hui", badge), by client, by
      // Gmail thread (the card and « Relancer »), by number (duplicates on import).
      invoices: 'id, number, clientId, status, nextActionDate, [status+nextActionDate], origin.threadId',
      clients: 'id, name, *emails',
      events: 'id, invoiceId, [invoiceId+date], type',
      scenarios: 'id',
      // One row, key 'settings'.
      settings: 'key',
      files: 'id, invoiceId',
    },
  },
  {
    // Issue #5: which notifications were shown, so none is shown twice (ids are derived
    // from data: `digest|day`, `kind|invoice|step|day`).
    version: 2,
    stores: { notificationLog: 'id, day' },
  },
  {
    // Issue #6: what the popup shows first (totals, today's actions), written by the
    // background after each write so the popup opens fast with 10,000 invoices.
    version: 3,
    stores: { meta: 'key' },
  },
  {
    // Issue #11: since v3 the popup and the badge read the overview row; nothing queries
    // invoices by status or next action date. Those indexes only cost writes (index entries
    // per invoice, a large part of a 10,000-row import). `origin.threadId` stays: an invoice
    // without a thread (every CSV row) writes no entry in it, and a Gmail card should find
    // its thread's invoice through it rather than by reading every case.
    version: 4,
    stores: { invoices: 'id, number, clientId, origin.threadId' },
  },
];
