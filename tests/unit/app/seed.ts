/** A fake-indexeddb database per test, filled with rows valid against the model schemas. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { EcheanceDb } from '../../../core/db';
import type { Client, Invoice, InvoiceEvent, Scenario, Settings, StoredFile } from '../../../core/model';

let opened: EcheanceDb[] = [];
let count = 0;

afterEach(async () => {
  for (const db of opened) {
    db.close();
    await Dexie.delete(db.name);
  }
  opened = [];
});

export interface Rows {
  clients?: Client[];
  invoices?: Invoice[];
  events?: InvoiceEvent[];
  scenarios?: Scenario[];
  files?: StoredFile[];
  settings?: Settings;
}

/** A fresh database holding exactly these rows (written straight to the tables: a test's setup). */
export async function seeded(rows: Rows = {}): Promise<EcheanceDb> {
  count += 1;
  const db = new EcheanceDb(`app-test-${count}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  await db.open();
  await db.clients.bulkPut(rows.clients ?? []);
  await db.invoices.bulkPut(rows.invoices ?? []);
  await db.events.bulkPut(rows.events ?? []);
  await db.scenarios.bulkPut(rows.scenarios ?? []);
  await db.files.bulkPut(rows.files ?? []);
  if (rows.settings) await db.settings.put({ key: 'settings', value: rows.settings });
  return db;
}
