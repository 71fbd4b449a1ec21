/**
 * The shape of the overview row the background stores (core/app/overview.ts builds it) and of the
 * Gmail flag, without any database code: the popup's first paint reads them with plain
 * IndexedDB (first-read.ts) and must not load Dexie to know their types and limits.
 */
import type { CallOutcome, IsoDate, StepAction, Tone } from '../model';

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
  /** The day the step became due (« à faire depuis le … »); absent in rows stored before it. */
  dueOn?: IsoDate | null;
  /** What was already done, shown on the popup's row (core/app/action-row.ts). */
  history?: RowHistory;
}

/**
 * What the user already did about an invoice, for its row (calls and promises leave a trace:
 * issue #20). A few dates, so the stored overview stays small.
 */
export interface RowHistory {
  /** The last reminder, letter or formal notice recorded as sent. */
  lastSent: { date: IsoDate; what: 'email' | 'letter' | 'registered_letter' | 'formal_notice' } | null;
  lastCall: { date: IsoDate; outcome: CallOutcome } | null;
  /** The latest promise to pay (a call's, or « le virement est parti »), kept or not. */
  promise: { date: IsoDate; madeOn: IsoDate } | null;
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
}
export const OVERVIEW_DUE = 100;

/** Meta row keys: the stored overview, and whether Gmail's page was recognised last time. */
export const OVERVIEW_KEY = 'overview';
export const GMAIL_LAYOUT = 'gmail-layout';

/**
 * The stored overview when it is today's (another day's is computed again). It is written as a
 * JSON string (overview-read.ts saveOverview); a row written as an object by an earlier version is still read.
 */
export function overviewOf(stored: unknown, today: IsoDate): Overview | null {
  let overview: Overview | undefined;
  try {
    overview = (typeof stored === 'string' ? JSON.parse(stored) : stored) as Overview | undefined;
  } catch {
    return null;
  }
  return overview?.day === today ? overview : null;
}

export function gmailFlagOf(stored: unknown): boolean | null {
  const row = stored as { recognised?: unknown } | undefined;
  return typeof row?.recognised === 'boolean' ? row.recognised : null;
}

export interface PopupStart {
  overview: Overview;
  gmail: boolean | null;
}
