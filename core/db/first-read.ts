/**
 * The popup's first paint without Dexie (issue #11: Dexie is ≈ 31 KB gzipped of the popup's
 * initial JavaScript, and opening it costs more than one plain transaction). The three rows the
 * first screen shows (language and theme, today's stored overview, the Gmail flag) are read
 * with plain IndexedDB in one read-only transaction; Dexie opens the same database after the
 * paint, for the live queries and every write. Any doubt (no database yet, a store missing, an
 * error) answers null, and the popup takes the Dexie path as before.
 */
import { type DisplaySettings, displayOf } from './display';
import { DB_NAME } from './name';
import { GMAIL_LAYOUT, gmailFlagOf, OVERVIEW_KEY, overviewOf, type PopupStart } from './overview-row';

export interface FirstRead {
  display: DisplaySettings;
  /** Null when the stored overview is not today's: the engine computes it (core/app/overview.ts). */
  start: PopupStart | null;
}

/** Store names and keys as schema.ts and database.ts declare them (`settings: 'key'`, `meta: 'key'`). */
const SETTINGS_STORE = 'settings';
const SETTINGS_KEY = 'settings';
const META_STORE = 'meta';

export function readFirstPaint(
  today: string,
  factory: IDBFactory = indexedDB,
  name: string = DB_NAME,
): Promise<FirstRead | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      // No version: opens the database as it is, whatever version Dexie last gave it.
      request = factory.open(name);
    } catch {
      return resolve(null);
    }
    // Only fired when the database does not exist yet: creating it here (empty, version 1)
    // would be in the way of Dexie's own creation, so the creation is aborted (the spec then
    // removes the new database) and Dexie creates it on the fallback path.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      // Never in the way of an upgrade by the background.
      db.onversionchange = () => db.close();
      const stores = db.objectStoreNames;
      if (!stores.contains(SETTINGS_STORE) || !stores.contains(META_STORE)) {
        db.close();
        return resolve(null);
      }
      try {
        const tx = db.transaction([SETTINGS_STORE, META_STORE], 'readonly');
        const settings = tx.objectStore(SETTINGS_STORE).get(SETTINGS_KEY);
        const overview = tx.objectStore(META_STORE).get(OVERVIEW_KEY);
        const gmail = tx.objectStore(META_STORE).get(GMAIL_LAYOUT);
        tx.oncomplete = () => {
          db.close();
          const stored = overviewOf((overview.result as { value?: unknown } | undefined)?.value, today);
          resolve({
            display: displayOf((settings.result as { value?: unknown } | undefined)?.value),
            start: stored && {
              overview: stored,
              gmail: gmailFlagOf((gmail.result as { value?: unknown } | undefined)?.value),
            },
          });
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          resolve(null);
        };
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}
