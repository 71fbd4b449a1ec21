/**
 * The popup's side of the overview: reading the row the background stored, without loading
 * the engine (core/dunning, core/law, zod) before the popup paints. overview.ts builds it.
 * The popup's very first paint reads the same rows without Dexie (first-read.ts); these are
 * its live queries afterwards, and the dashboard's.
 */
import Dexie from 'dexie';
import type { IsoDate } from '../model';
import type { EcheanceDb } from './database';
import {
  type DueSummary,
  GMAIL_LAYOUT,
  gmailFlagOf,
  OVERVIEW_KEY,
  type Overview,
  overviewOf,
  type PopupStart,
} from './overview-row';

export * from './overview-row';

/**
 * The engine's half, loaded only when the stored overview cannot be used. Inside a liveQuery,
 * Dexie.waitFor keeps the observation going across this non-Dexie await.
 */
const engine = () => Dexie.waitFor(import('./overview'));

export async function readOverview(db: EcheanceDb, today: IsoDate): Promise<Overview> {
  const stored = overviewOf((await db.meta.get(OVERVIEW_KEY))?.value, today);
  if (stored) return stored;
  return (await engine()).computeOverview(db, today);
}

/** Every action due today, for the dashboard (the popup reads the stored head of the list). */
export async function readAllDue(db: EcheanceDb, today: IsoDate): Promise<DueSummary[]> {
  return (await engine()).allDue(db, today);
}

export async function gmailRecognised(db: EcheanceDb): Promise<boolean | null> {
  return gmailFlagOf((await db.meta.get(GMAIL_LAYOUT))?.value);
}

/** What the popup's first render shows, when it could not be read without Dexie. */
export async function readPopupStart(db: EcheanceDb, today: IsoDate): Promise<PopupStart> {
  const [overview, gmail] = await Promise.all([readOverview(db, today), gmailRecognised(db)]);
  return { overview, gmail };
}
