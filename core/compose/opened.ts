/**
 * A compose Échéance opened in Gmail as a new message (a `view=cm` tab: the invoice has no
 * Gmail thread), and how the Gmail page recognises it: the compose carries what we put in its
 * URL, so its recipient plus its subject or the first words of its text name the reminder.
 * Pure: the background keeps the records (core/app/opened-composes.ts), the page reads the
 * compose (core/sites/gmail/compose.ts), this decides which record a compose is.
 */
import type { Covered } from '../model';

export interface OpenedCompose {
  ref: string;
  invoiceId: string;
  stepId: string;
  template: string;
  covers: Covered[];
  to: string[];
  subject: string;
  /** The start of the reminder's text, spaces folded (as core/sites/gmail/sent-message.ts). */
  start: string;
  /** Whether the invoice's PDF goes with it (stored, and the user did not turn it off). */
  attach: boolean;
  /** ISO date-time the compose was opened. */
  at: string;
}

/** What the page reads from a compose. */
export interface SeenCompose {
  to: readonly string[];
  subject: string;
  body: string;
}

/** How much of the text is compared: enough to tell two reminders apart, short enough to survive a signature. */
export const START_LENGTH = 60;

export const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const address = (s: string) => s.trim().toLowerCase();

/** The start of a reminder's text, as stored with the record and compared with the compose. */
export function textStart(body: string): string {
  return fold(body).slice(0, START_LENGTH);
}

/**
 * The record this compose is, or null. Its recipient must be one of the reminder's (a compose to
 * someone else is never ours), and either the subject or the start of the text must be ours (the
 * user may already have edited one of them). The newest record wins when several fit.
 */
export function matchOpenedCompose(
  records: readonly OpenedCompose[],
  seen: SeenCompose,
): OpenedCompose | null {
  const to = new Set(seen.to.map(address));
  const subject = fold(seen.subject);
  const body = fold(seen.body);
  const fits = records.filter(
    (r) =>
      r.to.some((a) => to.has(address(a))) &&
      ((subject !== '' && fold(r.subject) === subject) || (r.start !== '' && body.includes(r.start))),
  );
  return fits.sort((a, b) => (a.at < b.at ? 1 : -1))[0] ?? null;
}
