/**
 * The overview row the background stores and the Gmail flag, read and written without the
 * engine: core/app/overview.ts builds the overview, core/app/overview-read.ts falls back to it
 * when the stored one is from another day. The popup's very first paint reads the same rows
 * without Dexie (first-read.ts).
 */
import type { IsoDate } from '../model';
import type { EcheanceDb } from './database';
import { GMAIL_LAYOUT, gmailFlagOf, OVERVIEW_KEY, type Overview, overviewOf } from './overview-row';

export * from './overview-row';

/** Today's stored overview, or null when there is none or it is another day's. */
export async function storedOverview(db: EcheanceDb, today: IsoDate): Promise<Overview | null> {
  return overviewOf((await db.meta.get(OVERVIEW_KEY))?.value, today);
}

export async function saveOverview(db: EcheanceDb, overview: Overview): Promise<void> {
  // Stored as one JSON string: the popup reads it before its first paint, and one string is
  // cloned out of IndexedDB far faster than 150 small objects (25 ms for 10,000 invoices).
  await db.meta.put({ key: OVERVIEW_KEY, value: JSON.stringify(overview) });
}

export async function gmailRecognised(db: EcheanceDb): Promise<boolean | null> {
  return gmailFlagOf((await db.meta.get(GMAIL_LAYOUT))?.value);
}

/** What Gmail's page looked like on the last visit (the popup warns when it was not recognised). */
export async function saveGmailLayout(db: EcheanceDb, recognised: boolean, at: string): Promise<void> {
  await db.meta.put({ key: GMAIL_LAYOUT, value: { recognised, at } });
}
