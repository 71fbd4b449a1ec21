/** What a Gmail thread's card shows and what its « Suivre » form confirms. */
import { z } from 'zod';
import { ClientKindSchema, ContractualRateSchema, IsoDateSchema, IsoDateTimeSchema } from './common';
import { multiLine, singleLine } from './text';
import { WhereaboutsSchema } from './whereabouts';

/** What the user confirmed in the « Suivre » form of a Gmail thread. */
export const TrackFromGmailSchema = z.object({
  threadId: singleLine().min(1).max(200),
  messageId: singleLine().max(200).nullable(),
  account: z.number().int().min(0).max(20),
  number: singleLine().trim().min(1).max(100),
  totalCents: z.number().int().positive().safe(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  issueDate: IsoDateSchema.nullable(),
  dueDate: IsoDateSchema,
  paymentTerms: singleLine().max(300).nullable(),
  clientName: singleLine().trim().min(1).max(300),
  clientEmail: z.email().nullable(),
  clientKind: ClientKindSchema,
  addressing: z.enum(['tu', 'vous']),
  contactFirstName: singleLine().max(100).nullable(),
  /** The last lines of the client's own message in the thread (issue #15: legal-type guess). */
  clientSignature: multiLine().max(1000).nullish(),
  language: z.enum(['fr', 'en']),
  mentions: z.object({ dueDate: z.boolean(), penaltyRate: z.boolean(), recoveryIndemnity: z.boolean() }),
  /** The penalty rate the attached PDF states, percent a year. */
  contractualRatePercent: z.number().min(0).max(100).nullable().default(null),
  /** The rate with its kind, as read or chosen in the form; wins over the percent when set. */
  contractualRate: ContractualRateSchema.nullable().optional(),
  /**
   * The attached PDF, kept by the background when it read it for the card (`extract/pdf`,
   * `gmail/attachment`): stored with the invoice for letters and the court file. Its bytes
   * reach the background once, in that read.
   */
  fileRef: z.string().max(100).nullable().default(null),
  /** « Où en êtes-vous ? », answered in the card or the Sent-list pass (issue #19). */
  whereabouts: WhereaboutsSchema.optional(),
});
export type TrackFromGmail = z.infer<typeof TrackFromGmailSchema>;

/**
 * « Annuler » on the Gmail card: the newest action on the thread's invoice (marked paid from the
 * card, a reminder seen sent), while its period lasts. `text` is already in the card's language.
 */
export const GmailUndoSchema = z.object({
  undoId: z.string().min(1).max(100),
  text: singleLine().max(300),
  until: IsoDateTimeSchema,
});
export type GmailUndo = z.infer<typeof GmailUndoSchema>;

/** A tracked invoice as the Gmail card shows it; texts already in the UI language. */
export const TrackedViewSchema = z.object({
  invoiceId: z.string(),
  number: z.string(),
  outstandingCents: z.number().int(),
  currency: z.string(),
  dueDate: IsoDateSchema,
  status: z.string(),
  daysLate: z.number().int(),
  next: z.string(),
  /** A reminder can be written today (a step is due). */
  canRemind: z.boolean(),
  warnings: z.array(z.string()),
});
export type TrackedView = z.infer<typeof TrackedViewSchema>;
