/**
 * « Bring in the past months from Gmail » (issue #19): the Sent list's bar hands its rows to the
 * review page (through the background, which opens it), and the review page tracks the chosen
 * invoices in one pass.
 */
import { z } from 'zod';
import { TrackFromGmailSchema } from '../../model';
import { SentReviewSchema } from '../../model/gmail-sent';

/** Most invoices tracked in one pass: a few months of a freelancer's Sent list. */
export const MAX_BULK_TRACK = 100;

export const gmailBulkMessages = {
  'gmail/sent-count': {
    // From the Gmail content script, for its bar: how many of the rows the review would propose
    // (invoice-looking, not said paid, not already tracked), and in which language to say it.
    request: SentReviewSchema,
    response: z.object({ count: z.number().int().nonnegative(), lang: z.enum(['fr', 'en']) }),
  },
  'gmail/sent-review': {
    // From the Gmail content script: the rows that look like invoices; the background opens
    // the review page with them (a content script cannot open an extension page).
    request: SentReviewSchema,
    response: z.object({ opened: z.literal(true) }),
  },
  'gmail/bulk-track': {
    // From the review page only: every row checked, all tracked in one transaction or none.
    request: z.object({ rows: z.array(TrackFromGmailSchema).min(1).max(MAX_BULK_TRACK) }),
    response: z.object({
      tracked: z.array(
        z.object({
          threadId: z.string(),
          number: z.string(),
          invoiceId: z.string(),
          /** The number was already tracked from Gmail: left as it was. */
          alreadyTracked: z.boolean(),
        }),
      ),
    }),
  },
} as const;
