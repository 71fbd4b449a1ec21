import { z } from 'zod';
import { ClientKindSchema, ContractualRateSchema, IsoDateSchema } from '../../model';
import { WhereaboutsSchema } from '../../model/whereabouts';

/** Plain data scraped from Gmail: DOM nodes never leave core/sites (STYLE.md §5). */

export const GmailPersonSchema = z.object({
  email: z.string().min(1).max(320),
  name: z.string().max(500),
});

export const GmailAttachmentSchema = z.object({
  name: z.string().min(1).max(500),
  /** From `download_url`, which only Chrome sets; otherwise guessed from the extension. */
  mime: z.string().max(200).nullable(),
  url: z.string().max(4000).nullable(),
});

export const GmailMessageSchema = z.object({
  /** The legacy (hex) message id when present, else the `#msg-f:` id. */
  messageId: z.string().min(1).max(200),
  from: GmailPersonSchema,
  to: z.array(GmailPersonSchema),
  /** The localised date Gmail puts in the title attribute ("ven. 13 févr. 2026, 10:00"). */
  dateTitle: z.string().max(200).nullable(),
  /** `dateTitle` read as a calendar date, when it could be. */
  date: IsoDateSchema.nullable(),
  /** The message's own text, quoted replies left out; text only, never markup. */
  bodyText: z.string(),
  /** The quoted previous messages, kept apart so a quote is not taken for what was said. */
  quotedText: z.string(),
  attachments: z.array(GmailAttachmentSchema),
  /** A collapsed header (late 2026): `bodyText` is its snippet; no recipients, no attachments yet. */
  collapsed: z.boolean().optional(),
});

export const GmailThreadSchema = z.object({
  threadId: z.string().min(1).max(200),
  /** The `#thread-f:` id when Gmail gives it. */
  permThreadId: z.string().max(200).nullable(),
  subject: z.string().max(2000),
  /** Messages present in the DOM, oldest first. Gmail hides the middle of long threads. */
  messages: z.array(GmailMessageSchema).min(1),
  layout: z.enum(['a98', 'bs']),
});

export const GmailListRowSchema = z.object({
  threadId: z.string().min(1).max(200),
  permThreadId: z.string().max(200).nullable(),
  /** Position among the rows of the list, to tell the row apart if the id repeats. */
  rowIndex: z.number().int().nonnegative(),
  subject: z.string().max(2000),
  /** Senders, or recipients in the Sent folder. */
  people: z.array(GmailPersonSchema),
  dateTitle: z.string().max(200).nullable(),
});

/** Where a detected field came from, shown to the user next to the pre-filled value. */
export const GmailFieldSourceSchema = z.enum([
  'subject',
  'body',
  'attachment',
  'message-date',
  'recipients',
  /** Read inside the attached PDF (core/sites/gmail/merge-pdf.ts). */
  'pdf',
]);

export const DetectedGmailInvoiceSchema = z.object({
  threadId: z.string().min(1),
  messageId: z.string().min(1),
  number: z.string().nullable(),
  totalCents: z.number().int().nullable(),
  currency: z.string().nullable(),
  dueDate: IsoDateSchema.nullable(),
  paymentTerms: z.string().nullable(),
  issueDate: IsoDateSchema.nullable(),
  clientName: z.string().nullable(),
  clientEmail: z.string().nullable(),
  clientEmails: z.array(z.string()),
  /** "Bonjour Marie," → "Marie", for the client's contact first name. */
  contactFirstName: z.string().nullable(),
  clientKindGuess: ClientKindSchema.nullable(),
  /** The signature of the client's last message in the thread, for the legal-type guess. */
  clientSignature: z.string().max(1000).nullable().optional(),
  language: z.enum(['fr', 'en']),
  pdfAttachment: z.object({ name: z.string(), url: z.string().nullable() }).nullable(),
  /** What the attached PDF states of late payment, once it has been read (never the email's). */
  penaltyMention: z.boolean().optional(),
  penaltyRatePercent: z.number().nullable().optional(),
  /** The clause's rate with its kind (« trois fois le taux d'intérêt légal »). */
  contractualRate: ContractualRateSchema.nullable().optional(),
  indemnityMention: z.boolean().optional(),
  /** « Où en êtes-vous ? » as the thread shows it: the user's later messages (./whereabouts.ts). */
  whereabouts: WhereaboutsSchema.nullable().optional(),
  sources: z.partialRecord(
    z.enum([
      'number',
      'totalCents',
      'currency',
      'dueDate',
      'paymentTerms',
      'issueDate',
      'clientName',
      'clientEmail',
    ]),
    GmailFieldSourceSchema,
  ),
});
