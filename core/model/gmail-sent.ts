/**
 * The Sent-list pass's data (issue #19): a row of Gmail's Sent list (or a search) as the page
 * reads it (core/sites/gmail/sent-list.ts), checked where the background receives it. The
 * content script imports only the types (no zod in its 30 KB).
 */
import { z } from 'zod';

/** A person of a row: Gmail's `email` attribute and the name shown. */
const RowPersonSchema = z.object({ email: z.string().min(1).max(320), name: z.string().max(500) });

export const SentRowSchema = z.object({
  threadId: z.string().min(1).max(200),
  subject: z.string().max(500),
  /** Recipients in the Sent folder, senders in a search. */
  people: z.array(RowPersonSchema).max(20),
  /** The localised date Gmail puts in the row's title (« ven. 13 févr. 2026, 10:00 »). */
  dateTitle: z.string().max(200).nullable(),
  /** The latest message's first words, as the row shows them; text only. */
  snippet: z.string().max(500),
  messageCount: z.number().int().min(1).max(1000),
  /** The names of the attachment chips under the subject. */
  attachments: z.array(z.string().min(1).max(300)).max(10),
});
export type SentRow = z.infer<typeof SentRowSchema>;

/** What the bar hands over to the review page: the rows that look like invoices, and whose list. */
export const SentReviewSchema = z.object({
  rows: z.array(SentRowSchema).min(1).max(200),
  /** The signed-in address (the tab title), to tell the user's own messages apart. */
  me: z.string().max(320).nullable(),
  account: z.number().int().min(0).max(20),
  /** `sent` for the Sent folder; a search or a label otherwise (then the people are senders). */
  sentList: z.boolean(),
  pageLang: z.enum(['fr', 'en']).optional(),
});
export type SentReview = z.infer<typeof SentReviewSchema>;
