/**
 * The card's invoice detection, with the texts read by the background (`gmail/read-texts`):
 * which message is the invoice is decided here (core/sites/gmail/detect.ts), what its words
 * say is read there, so the text extractor's rules stay out of this script (issue #4: 30 KB).
 */
import { EMPTY_EXTRACTION } from '../../core/extract/types';
import { sendFromContent } from '../../core/platform/content';
import { detectInvoice, textsToRead } from '../../core/sites/gmail/detect';
import type { DetectedGmailInvoice, GmailThread } from '../../core/sites/gmail/types';
import { timed } from './timing';

/** What the message accepts (core/protocol gmail/read-texts); longer bodies are read in part. */
const MAX_TEXTS = 120;
const MAX_CHARS = 50_000;

export async function detectThreadInvoice(
  thread: GmailThread,
  me: string | undefined,
): Promise<DetectedGmailInvoice | null> {
  const texts = timed('thread-detect', () => textsToRead(thread, me))
    .slice(0, MAX_TEXTS)
    .map((t) => t.slice(0, MAX_CHARS));
  if (texts.length === 0) return null;
  const answer = await sendFromContent('gmail/read-texts', { texts });
  if (!answer.ok) return null;
  const read = new Map(texts.map((t, i) => [t, answer.data.found[i] ?? EMPTY_EXTRACTION]));
  return timed('thread-detect', () =>
    detectInvoice(thread, me, (text) => read.get(text.slice(0, MAX_CHARS)) ?? EMPTY_EXTRACTION),
  );
}
