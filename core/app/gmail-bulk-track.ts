/**
 * « Suivre les N factures » (issue #19, « Bring in the past months from Gmail »): the invoices
 * the user chose in the Sent-list review, each tracked as the Gmail card's « Suivre » tracks one
 * (trackFromGmail, « Où en êtes-vous ? » included), all in one transaction: a row that fails
 * leaves nothing written. The rows are checked first, each problem named by its row.
 */
import type { Deriver, EcheanceDb } from '../db';
import type { TrackFromGmail } from '../model';
import type { SentReview } from '../model/gmail-sent';
import { ValidationFailure } from '../protocol';
import { trackFromGmail } from './gmail-track';
import { openOwnPage, type Ports } from './ports';

export interface BulkTracked {
  threadId: string;
  number: string;
  invoiceId: string;
  alreadyTracked: boolean;
}

/** The review page, with the rows in its address: nothing kept in between, a reload keeps them. */
export const SENT_REVIEW_PAGE = '/gmail-review.html';

export function openSentReview(
  ports: Pick<Ports, 'openTab' | 'extensionUrl'>,
  review: SentReview,
): Promise<{ opened: true }> {
  return openOwnPage(ports, `${SENT_REVIEW_PAGE}#${encodeURIComponent(JSON.stringify(review))}`);
}

/**
 * Problems the schema cannot see, per row (1-based, as the page numbers them): one invoice
 * number twice in the pass, one thread twice.
 */
export function bulkProblems(rows: readonly TrackFromGmail[]): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const numbers = new Map<string, number>();
  const threads = new Set<string>();
  rows.forEach((row, i) => {
    const key = row.number.trim().toLowerCase();
    const first = numbers.get(key);
    if (first !== undefined)
      problems.push({
        path: `rows.${i}.number`,
        message: `ligne ${i + 1} : le numéro ${row.number} est déjà celui de la ligne ${first + 1}`,
      });
    else numbers.set(key, i);
    if (threads.has(row.threadId))
      problems.push({
        path: `rows.${i}.threadId`,
        message: `ligne ${i + 1} : ce fil est déjà dans la liste`,
      });
    threads.add(row.threadId);
  });
  return problems;
}

export async function bulkTrackFromGmail(
  db: EcheanceDb,
  rows: readonly TrackFromGmail[],
  now: Date,
  derive: Deriver,
): Promise<{ tracked: BulkTracked[] }> {
  const problems = bulkProblems(rows);
  if (problems.length > 0) throw new ValidationFailure(problems[0]?.message ?? '', problems);
  // Every table: trackFromGmail's own transaction nests in this one, whatever it writes.
  return db.transaction('rw', db.tables, async () => {
    const tracked: BulkTracked[] = [];
    for (const row of rows) {
      const outcome = await trackFromGmail(db, row, now, derive);
      tracked.push({ threadId: row.threadId, number: row.number, ...outcome });
    }
    return { tracked };
  });
}
