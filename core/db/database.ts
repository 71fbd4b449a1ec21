import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Client, Invoice, InvoiceEvent, Scenario, Settings, StoredFile } from '../model';
import { DB_NAME } from './name';
import { SCHEMA_VERSIONS } from './schema';

export { DB_NAME };

export interface NotificationLogRow {
  id: string;
  /** Day it was shown, for pruning. */
  day: string;
  shownAt: string;
  /** What it said, for the history and for checking it. */
  title: string;
  message: string;
}

/** Caches derived by the background; always recomputable from the other tables. */
export interface MetaRow {
  key: string;
  value: unknown;
}

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

/** The one database, in the extension's origin (content scripts only send messages). */
export class EcheanceDb extends Dexie {
  invoices!: Table<Invoice, string>;
  clients!: Table<Client, string>;
  events!: Table<InvoiceEvent, string>;
  scenarios!: Table<Scenario, string>;
  settings!: Table<SettingsRow, string>;
  files!: Table<StoredFile, string>;
  notificationLog!: Table<NotificationLogRow, string>;
  meta!: Table<MetaRow, string>;

  /** `options` lets tests pass fake-indexeddb; the extension uses the browser's IndexedDB. */
  constructor(name = DB_NAME, options?: DexieOptions, upTo = Number.POSITIVE_INFINITY) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
