/** What the Gmail content script asks: a thread's card, tracking, sends, attachments, labels. */
import { z } from 'zod';
import { PdfReadingSchema } from '../../extract/schema';
import {
  PendingSendRequestSchema,
  PendingSendSchema,
  TrackedViewSchema,
  TrackFromGmailSchema,
} from '../../model';

export const gmailMessages = {
  'gmail/thread-status': {
    request: z.object({
      threadId: z.string().min(1).max(200),
      /** Gmail's UI language (`<html lang>`), followed unless the user chose one in the settings. */
      pageLang: z.enum(['fr', 'en']).optional(),
    }),
    response: z.object({
      lang: z.enum(['fr', 'en']),
      tracked: TrackedViewSchema.nullable(),
      composeNow: z.boolean(),
      /** Reminders sent from this thread whose Undo period had not been seen to end. */
      pendingSends: z.array(PendingSendSchema).optional(),
    }),
  },
  'gmail/pending-send': {
    // Send was pressed on a reminder: kept by the background until Gmail shows it sent.
    request: PendingSendRequestSchema,
    response: z.object({ pendingId: z.string() }),
  },
  'gmail/settle-send': {
    // `sent`: the step is recorded (once); `dropped`: undone or discarded, nothing recorded.
    request: z.object({ pendingId: z.string().min(1).max(100), outcome: z.enum(['sent', 'dropped']) }),
    response: z.object({ recorded: z.boolean() }),
  },
  'gmail/attachment': {
    // The attached PDF fetched by the background, when the page's own fetch failed (302 to
    // mail-attachment.googleusercontent.com). `permission`: the optional host is not granted.
    request: z.object({ url: z.string().url().max(4000), name: z.string().min(1).max(500) }),
    response: z.object({
      file: z.object({ name: z.string(), mime: z.string(), base64: z.string() }).nullable(),
      permission: z.boolean(),
    }),
  },
  'gmail/attachment-access': {
    // The card's « Autoriser… »: opens the settings where a click can grant the attachment host
    // (a content script cannot ask for a permission; an extension page can, from a click).
    request: z.object({}).strict(),
    response: z.object({ opened: z.literal(true) }),
  },
  'gmail/layout': {
    // The Gmail page was (not) recognised: the content script stays silent, the popup says it.
    request: z.object({ recognised: z.boolean() }),
    response: z.object({ ok: z.literal(true) }),
  },
  'gmail/labels': {
    request: z.object({
      threadIds: z.array(z.string().min(1).max(200)).max(500),
      pageLang: z.enum(['fr', 'en']).optional(),
    }),
    response: z.object({
      labels: z.array(
        z.object({ threadId: z.string(), text: z.string(), tone: z.enum(['late', 'ok', 'due']) }),
      ),
      /** Reminders sent as new messages, still unseen: a list row showing one settles it. */
      pendingNew: z.array(PendingSendSchema).optional(),
    }),
  },
  'invoice/track': {
    request: TrackFromGmailSchema,
    // alreadyTracked: the number was tracked from another thread; it was left as it was.
    response: z.object({ invoiceId: z.string(), alreadyTracked: z.boolean().default(false) }),
  },
  'extract/pdf': {
    // Read outside the content script (pdf.js never enters it): core/extract/pdf-found.ts.
    request: z.object({ name: z.string().max(300), base64: z.string().max(14_000_000) }),
    response: PdfReadingSchema,
  },
} as const;
