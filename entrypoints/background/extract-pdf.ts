/**
 * The PDF attached to a Gmail message, read in the reader page
 * (core/platform/reader-page: Chrome's offscreen document, since the service worker has
 * neither a DOM nor dynamic import for pdf.js; an iframe of the background page in Firefox).
 * The page is opened on demand and closed when no read has come for IDLE_MS: opening several
 * invoice threads in a row reuses the loaded pdf.js, and its memory is given back soon after.
 * The background lives about 30 s after its last event, so the timer fires before it can be
 * stopped; if it is stopped anyway, the page stays open (Chrome) and the next read reuses it.
 */

import type { PdfAnswer } from '../../core/app/gmail-attachment';
import { unreadablePdf } from '../../core/extract/pdf-found';
import { uiLanguage } from '../../core/platform';
import { askReaderPage, closeReaderPage } from '../../core/platform/reader-page';
import { messages } from '../../core/protocol';
import { TimedOut, withTimeout } from '../../core/timers';

const IDLE_MS = 10_000;
/** A PDF built to keep pdf.js busy must not hold the « Suivre » form forever. */
const READ_TIMEOUT_MS = 20_000;
const JUSTIFICATION =
  'Lire la facture PDF jointe à un message Gmail : pdf.js a besoin d’un DOM et d’un worker.';

let reading = 0;
let idle: ReturnType<typeof setTimeout> | undefined;

/** What the PDF says (core/app/gmail-attachment keeps the file and answers the page). */
export async function readPdf(base64: string): Promise<PdfAnswer> {
  reading++;
  clearTimeout(idle);
  try {
    // The offscreen document has chrome.runtime only (no i18n): it is told the language.
    const answer = messages['extract/pdf'].response.safeParse(
      await withTimeout(
        askReaderPage('/offscreen.html', JUSTIFICATION, 'extract-pdf', { base64, lang: uiLanguage() }),
        READ_TIMEOUT_MS,
      ),
    );
    if (!answer.success) return unreadablePdf('invalid-answer', 'réponse illisible');
    return { found: answer.data.found, error: answer.data.error };
  } catch (e) {
    if (e instanceof TimedOut) {
      // The document may still be busy with it: closed, so the next read starts afresh.
      await closeReaderPage().catch(() => {});
      return unreadablePdf('timeout', 'lecture du PDF trop longue');
    }
    return unreadablePdf('unavailable', String(e));
  } finally {
    reading--;
    if (reading === 0) idle = setTimeout(() => void closeReaderPage(), IDLE_MS);
  }
}
