/**
 * What the core/app tests share: a fresh database in fake-indexeddb, browser ports that record
 * every call instead of touching a browser, and invoices imported through the real use case.
 */
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import type { Ports } from '../../../core/app/ports';
import { importInvoices } from '../../../core/app/track-invoice';
import { EcheanceDb } from '../../../core/db';
import type { ImportItem, InvoiceOrigin } from '../../../core/model';
import type { NotificationText, PlannedAlarm } from '../../../core/notify';

/** Wednesday 11 March 2026, 10:00 local time: a working day, after the 9:00 notification slot. */
export const NOW = new Date(2026, 2, 11, 10, 0, 0);
export const TODAY = '2026-03-11';

const opened: EcheanceDb[] = [];
let count = 0;
export function freshDb(): EcheanceDb {
  // fake-indexeddb passed in, whatever the order the test file imported Dexie in.
  const db = new EcheanceDb(`app-${++count}-${Date.now()}`, { indexedDB, IDBKeyRange });
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await new Dexie(db.name, { indexedDB, IDBKeyRange }).delete();
  }
});

export interface FakePorts extends Ports {
  tabs: string[];
  notifications: { id: string; text: NotificationText }[];
  cleared: string[];
  badge: number[];
  alarms: PlannedAlarm[][];
  session: Map<string, unknown>;
}

export function fakePorts(lang: 'fr' | 'en' = 'fr'): FakePorts {
  const p: FakePorts = {
    tabs: [],
    notifications: [],
    cleared: [],
    badge: [],
    alarms: [],
    session: new Map(),
    openTab: async (url) => void p.tabs.push(url),
    extensionUrl: (path) => `chrome-extension://test${path}`,
    showNotification: async (id, text) => void p.notifications.push({ id, text }),
    clearNotification: async (id) => void p.cleared.push(id),
    setBadgeCount: async (n) => void p.badge.push(n),
    reconcileAlarms: async (wanted) => void p.alarms.push([...wanted]),
    sessionSet: async (key, value) => void p.session.set(key, value),
    uiLanguage: () => lang,
  };
  return p;
}

export function item(number: string, dueDate: string, fields: Partial<ImportItem> = {}): ImportItem {
  return {
    number,
    clientName: 'Acme SAS',
    clientEmail: 'compta@acme.test',
    clientKind: 'pro',
    clientPhone: null,
    clientAddress: null,
    clientSiren: null,
    totalCents: 120_000,
    amountDueCents: 120_000,
    issueDate: null,
    dueDate,
    currency: 'EUR',
    paymentTerms: null,
    contractualRatePercent: null,
    mentions: null,
    origin: null,
    file: null,
    ...fields,
  };
}

const CSV: InvoiceOrigin = { kind: 'csv', fileName: 'factures.csv' };

/** Imports through the use case and answers the stored invoices by number. */
export async function seed(db: EcheanceDb, items: ImportItem[], origin: InvoiceOrigin = CSV) {
  await importInvoices(db, items, origin, NOW);
  const invoices = await db.invoices.toArray();
  return Object.fromEntries(invoices.map((i) => [i.number, i]));
}
