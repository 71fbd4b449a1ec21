/**
 * The popup's side of the overview: reading the row the background stored, without loading
 * the engine (core/dunning, core/law, zod) before the popup paints. overview.ts builds it.
 */
import Dexie from 'dexie';
import type { IsoDate, StepAction, Tone } from '../model';
import type { EcheanceDb } from './database';
import type { InvoiceRow } from './repository';

export interface DueSummary {
  invoiceId: string;
  number: string;
  clientName: string;
  currency: string;
  outstandingCents: number;
  daysLate: number;
  kind: 'step' | 'declare-claim';
  stepAction: StepAction | null;
  stepTone: Tone | null;
  lateOnPlan: boolean;
  /** Claim-declaration deadline. */
  deadline: IsoDate | null;
}

export interface Overview {
  day: IsoDate;
  outstandingCents: number;
  overdueCents: number;
  count: number;
  /** How many actions are due today (the badge shows it). */
  dueCount: number;
  /** The most severe of them, in order; the dashboard lists them all. */
  due: DueSummary[];
  /** The first invoices to look at: open ones by due date, then closed ones. */
  rows: InvoiceRow[];
}

export const OVERVIEW_ROWS = 50;
export const OVERVIEW_DUE = 100;

/**
 * The engine's half, loaded only when the stored overview cannot be used. Inside a liveQuery,
 * Dexie.waitFor keeps the observation going across this non-Dexie await.
 */
const engine = () => Dexie.waitFor(import('./overview'));

export async function readOverview(db: EcheanceDb, today: IsoDate): Promise<Overview> {
  const stored = (await db.meta.get('overview'))?.value as Overview | undefined;
  if (stored?.day === today) return stored;
  return (await engine()).computeOverview(db, today);
}

/** Every action due today, for the dashboard (the popup reads the stored head of the list). */
export async function readAllDue(db: EcheanceDb, today: IsoDate): Promise<DueSummary[]> {
  return (await engine()).allDue(db, today);
}

/** Meta row where the background keeps whether Gmail's page was recognised last time. */
export const GMAIL_LAYOUT = 'gmail-layout';

export async function gmailRecognised(db: EcheanceDb): Promise<boolean | null> {
  const row = (await db.meta.get(GMAIL_LAYOUT))?.value as { recognised?: unknown } | undefined;
  return typeof row?.recognised === 'boolean' ? row.recognised : null;
}

export interface PopupStart {
  overview: Overview;
  gmail: boolean | null;
}

/** What the popup's first render shows, read by the popup at the same time as its settings. */
export async function readPopupStart(db: EcheanceDb, today: IsoDate): Promise<PopupStart> {
  const [overview, gmail] = await Promise.all([readOverview(db, today), gmailRecognised(db)]);
  return { overview, gmail };
}
