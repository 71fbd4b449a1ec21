/**
 * The popup's and the dashboard's live reads of the overview: the row the background stored,
 * without loading the engine (core/dunning, core/law, zod) before the popup paints; the engine
 * (overview.ts) is loaded only when that row cannot be used.
 */
import Dexie from 'dexie';
import type { EcheanceDb } from '../db/database';
import {
  type DueSummary,
  gmailRecognised,
  type Overview,
  type PopupStart,
  storedOverview,
} from '../db/overview-read';
import type { IsoDate } from '../model';

/** Inside a liveQuery, Dexie.waitFor keeps the observation going across this non-Dexie await. */
const engine = () => Dexie.waitFor(import('./overview'));

export async function readOverview(db: EcheanceDb, today: IsoDate): Promise<Overview> {
  return (await storedOverview(db, today)) ?? (await engine()).computeOverview(db, today);
}

/** Every action due today, for the dashboard (the popup reads the stored head of the list). */
export async function readAllDue(db: EcheanceDb, today: IsoDate): Promise<DueSummary[]> {
  return (await engine()).allDue(db, today);
}

/** What the popup's first render shows, when it could not be read without Dexie. */
export async function readPopupStart(db: EcheanceDb, today: IsoDate): Promise<PopupStart> {
  const [overview, gmail] = await Promise.all([readOverview(db, today), gmailRecognised(db)]);
  return { overview, gmail };
}
