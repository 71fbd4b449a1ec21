/**
 * A reminder as the background writes it and the Gmail side sends it: the draft, the invoices
 * it covers, and a send waiting for Gmail to show it sent.
 */
import { z } from 'zod';

/** One invoice a reminder covers, and the step it performs for it. */
export const CoveredSchema = z.object({
  invoiceId: z.string().min(1),
  stepId: z.string().min(1),
  template: z.string().max(100),
});
export type Covered = z.infer<typeof CoveredSchema>;

export const DraftViewSchema = z.object({
  invoiceId: z.string(),
  stepId: z.string(),
  template: z.string(),
  /** Every invoice of the client the reminder covers, the main one first. */
  covers: z.array(CoveredSchema),
  to: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
});
export type DraftView = z.infer<typeof DraftViewSchema>;

/** A reminder whose Send was pressed in Gmail (entrypoints/gmail.content/send-watch.ts). */
export const PendingSendRequestSchema = z.object({
  invoiceId: z.string().min(1),
  stepId: z.string().min(1),
  template: z.string().max(100),
  /** The reply's thread; null for a new message. */
  threadId: z.string().max(200).nullable(),
  /** The thread whose card started it, where the send is settled on the next visit. */
  viewThreadId: z.string().min(1).max(200),
  covers: z.array(CoveredSchema).max(200).optional(),
  /** The start of the reminder's text, to recognise it in the thread (core/sites/gmail/sent-message.ts). */
  fingerprint: z.string().max(200),
  /** How many of the user's messages already carried it when Send was pressed. */
  before: z.number().int().nonnegative(),
  draftId: z.string().max(200).nullable(),
});

export type PendingSendRequest = z.infer<typeof PendingSendRequestSchema>;

export const PendingSendSchema = PendingSendRequestSchema.extend({
  pendingId: z.string(),
  at: z.string(),
});
export type PendingSend = z.infer<typeof PendingSendSchema>;
