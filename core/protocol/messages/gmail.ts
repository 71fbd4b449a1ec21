/** What the Gmail content script asks: a thread's card, tracking, sends, attachments, labels. */
import { z } from 'zod';
import { ExtractedInvoiceSchema, PdfReadingSchema } from '../../extract/schema';
import {
  GmailUndoSchema,
  IsoDateSchema,
  multiLine,
  PendingSendRequestSchema,
  PendingSendSchema,
  singleLine,
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
      /** « Annuler » for the newest action on this thread's invoice, while it lasts (issue #20). */
      undo: GmailUndoSchema.nullable(),
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
    // The attached PDF fetched and read by the background (Gmail's URL answers 302 to
    // mail-attachment.googleusercontent.com, which the page cannot read). `permission` false:
    // the optional host is not granted; `read`: what the PDF says, null when there is no PDF.
    request: z.object({ url: z.string().url().max(4000), name: z.string().min(1).max(500) }),
    response: z.object({ permission: z.boolean(), read: PdfReadingSchema.nullable() }),
  },
  'gmail/read-texts': {
    // What a thread's subject, bodies and PDF names say (core/extract/text), read by the
    // background: the extractor's rules are most of a content script's weight (issue #4).
    request: z.object({ texts: z.array(multiLine().max(50_000)).max(120) }),
    response: z.object({ found: z.array(ExtractedInvoiceSchema) }),
  },
  'gmail/due-date': {
    // The due date the invoice's payment terms give (« 30 jours fin de mois »), for the card's
    // form when the e-mail or the PDF states terms and no date: the background decides it.
    request: z.object({ paymentTerms: singleLine().max(300), issueDate: IsoDateSchema.nullable() }),
    response: z.object({ dueDate: IsoDateSchema.nullable() }),
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
      /** The overlay's language: the page writes each label from its own catalogue. */
      lang: z.enum(['fr', 'en']),
      labels: z.array(
        z.object({
          threadId: z.string(),
          /** Closed invoices say so; open ones show `days` from the due date (« J+12 », « J-3 »). */
          closed: z.enum(['paid', 'written_off']).nullable(),
          days: z.number().int(),
          tone: z.enum(['late', 'ok', 'due']),
        }),
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
    // The PDF the page fetched itself: read outside the content script (pdf.js never enters
    // it), and kept for « Suivre » (`fileRef`).
    request: z.object({ name: z.string().max(300), base64: z.string().max(14_000_000) }),
    response: PdfReadingSchema,
  },
} as const;
