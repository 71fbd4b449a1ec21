import { z } from 'zod';
import {
  BackupSchema,
  BankLineSchema,
  ClientKindSchema,
  ClientSchema,
  ContractualRateSchema,
  CsvMappingSchema,
  EventSchema,
  IdSchema,
  ImportUpdateSchema,
  InvoiceImportMappingSchema,
  InvoiceOriginSchema,
  InvoiceSchema,
  IsoDateSchema,
  KnownInvoiceSchema,
  MentionsSchema,
  multiLine,
  ScenarioSchema,
  SettingsSchema,
  StoredFileSchema,
  singleLine,
} from '../model';

/** A row of an import (CSV today, PDFs and e-invoices later), already parsed and checked. */
export const ImportItemSchema = z.object({
  number: singleLine().trim().min(1).max(100),
  clientName: singleLine().trim().min(1).max(300),
  clientEmail: z.email().nullable(),
  clientKind: ClientKindSchema,
  clientPhone: singleLine().max(40).nullable().default(null),
  clientAddress: multiLine().max(500).nullable().default(null),
  clientSiren: z
    .string()
    .regex(/^\d{9}$/)
    .nullable()
    .default(null),
  totalCents: z.number().int().nonnegative().safe(),
  amountDueCents: z.number().int().nonnegative().safe(),
  issueDate: IsoDateSchema.nullable(),
  dueDate: IsoDateSchema,
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('EUR'),
  // What structured sources (PDF, Factur-X, UBL, web pages) know and a CSV does not.
  paymentTerms: singleLine().max(300).nullable().default(null),
  contractualRatePercent: z.number().min(0).max(100).nullable().default(null),
  /** The rate with its kind; wins over `contractualRatePercent` when set. */
  contractualRate: ContractualRateSchema.nullable().optional(),
  mentions: MentionsSchema.nullable().default(null),
  /** Where this item came from, when it differs from the batch's origin (one file each). */
  origin: InvoiceOriginSchema.nullable().default(null),
  /** The invoice PDF itself, kept for letters and the court file. */
  file: z
    .object({ name: singleLine().max(300), mime: singleLine().max(100), base64: z.string().max(28_000_000) })
    .nullable()
    .default(null),
});
export type ImportItem = z.infer<typeof ImportItemSchema>;

/** Rows one `invoices/import` carries (one transaction); a larger import is sent in batches. */
export const MAX_IMPORT_ITEMS = 20_000;
export type ImportItemInput = z.input<typeof ImportItemSchema>;

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
  /** The invoice PDF attached to the message, kept for letters and the court file. */
  file: z
    .object({ name: singleLine().max(300), mime: singleLine().max(100), base64: z.string().max(14_000_000) })
    .nullable()
    .default(null),
});
export type TrackFromGmail = z.infer<typeof TrackFromGmailSchema>;

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

/** One invoice a reminder covers, and the step it performs for it. */
const CoveredSchema = z.object({
  invoiceId: z.string().min(1),
  stepId: z.string().min(1),
  template: z.string().max(100),
});

const DraftSchema = z.object({
  invoiceId: z.string(),
  stepId: z.string(),
  template: z.string(),
  /** Every invoice of the client the reminder covers, the main one first. */
  covers: z.array(CoveredSchema),
  to: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
});
export type DraftView = z.infer<typeof DraftSchema>;

/**
 * What the PDF attached to a Gmail message says, read outside the content script (pdf.js
 * never enters it). `null` for what was not found, never a guess; `source` is `none` when the
 * file could not be read, and `error` says why.
 */
export const PdfFoundSchema = z.object({
  number: z.string().max(100).nullable(),
  issueDate: IsoDateSchema.nullable(),
  dueDate: IsoDateSchema.nullable(),
  paymentTerms: singleLine().max(300).nullable(),
  totalCents: z.number().int().safe().nullable(),
  amountDueCents: z.number().int().safe().nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  buyerName: z.string().max(300).nullable(),
  /** A late-payment penalty clause is printed (with or without a numeric rate). */
  mentionsPenalty: z.boolean(),
  penaltyRatePercent: z.number().min(0).max(100).nullable(),
  /** The clause's rate with its kind (« trois fois le taux d'intérêt légal »…). */
  contractualRate: ContractualRateSchema.nullable().optional(),
  mentionsIndemnity: z.boolean(),
  source: z.enum(['facturx', 'zugferd', 'ubl', 'cii', 'text', 'none']),
});
export type PdfFound = z.infer<typeof PdfFoundSchema>;

/** One confirmed bank line and the invoices it pays (issue #17). */
export const BankPaymentSchema = z.object({
  hash: z.string().min(1).max(40),
  file: z.string().max(300),
  line: BankLineSchema,
  allocations: z
    .array(
      z.object({ invoiceId: z.string().min(1).max(100), amountCents: z.number().int().positive().safe() }),
    )
    .min(1)
    .max(50),
});
export type BankPayment = z.infer<typeof BankPaymentSchema>;

/**
 * Every message between contexts, by intent: name → request and response schemas.
 * The receiver validates both ways (core/protocol/handle.ts).
 */
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

export const PendingSendSchema = PendingSendRequestSchema.extend({
  pendingId: z.string(),
  at: z.string(),
});
export type PendingSend = z.infer<typeof PendingSendSchema>;

export const messages = {
  ping: {
    request: z.object({}),
    response: z.object({ pong: z.literal(true), version: z.string() }),
  },
  'invoices/import': {
    request: z.object({
      items: z.array(ImportItemSchema).min(1).max(MAX_IMPORT_ITEMS),
      origin: InvoiceOriginSchema,
    }),
    response: z.object({ imported: z.number().int(), skippedExisting: z.array(z.string()) }),
  },
  // Re-import (issue #19): what the file's numbers and clients are here, then one write.
  'invoices/import-state': {
    request: z.object({
      numbers: z.array(singleLine().min(1).max(100)).max(MAX_IMPORT_ITEMS),
      clients: z
        .array(
          z.object({
            name: singleLine().min(1).max(300),
            siren: z
              .string()
              .regex(/^\d{9}$/)
              .nullable(),
          }),
        )
        .max(MAX_IMPORT_ITEMS),
    }),
    response: z.object({ invoices: z.array(KnownInvoiceSchema), knownClients: z.array(z.string()) }),
  },
  'invoices/import-update': {
    // Updates and new invoices in one transaction: all written, or nothing.
    request: z.object({
      updates: z.array(ImportUpdateSchema).max(MAX_IMPORT_ITEMS),
      items: z.array(ImportItemSchema).max(MAX_IMPORT_ITEMS),
      origin: InvoiceOriginSchema,
    }),
    response: z.object({
      imported: z.number().int(),
      skippedExisting: z.array(z.string()),
      updated: z.number().int(),
    }),
  },
  'invoices/import-mappings': {
    // Strict: nothing to carry, so anything carried is refused (the hostile table sends `__proto__`).
    request: z.strictObject({}),
    response: z.object({ mappings: z.array(InvoiceImportMappingSchema) }),
  },
  'invoices/import-mapping/save': {
    request: z.object({ mapping: InvoiceImportMappingSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
  'event/add': {
    request: z.object({ event: EventSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
  // A restore travels in chunks (Chrome caps one message at 64 MiB), staged by the background,
  // then committed in one transaction. Each chunk's rows are validated here, row by row.
  'backup/stage': {
    request: z.object({
      restoreId: IdSchema,
      seq: z.number().int().min(0).max(10_000_000),
      chunk: z.discriminatedUnion('table', [
        z.object({ table: z.literal('clients'), rows: z.array(ClientSchema).max(200_000) }),
        z.object({ table: z.literal('invoices'), rows: z.array(InvoiceSchema).max(200_000) }),
        z.object({ table: z.literal('events'), rows: z.array(EventSchema).max(200_000) }),
        z.object({ table: z.literal('scenarios'), rows: z.array(ScenarioSchema).max(1000) }),
        z.object({ table: z.literal('files'), rows: z.array(StoredFileSchema).max(10_000) }),
      ]),
    }),
    response: z.object({ ok: z.literal(true) }),
  },
  'backup/commit': {
    request: z.object({
      restoreId: IdSchema,
      mode: z.enum(['replace', 'merge']),
      settings: SettingsSchema,
      /** Rows the file holds per table: a chunk lost on the way is noticed before writing. */
      counts: z.object({
        clients: z.number().int().min(0),
        invoices: z.number().int().min(0),
        events: z.number().int().min(0),
        scenarios: z.number().int().min(0),
        files: z.number().int().min(0),
      }),
    }),
    response: z.object({
      mode: z.enum(['replace', 'merge']),
      invoices: z.number().int(),
      clients: z.number().int(),
      events: z.number().int(),
      files: z.number().int(),
      unchanged: z.number().int(),
      /** Rows kept as they were here; the first 500, `conflictCount` says how many in all. */
      conflicts: z
        .array(
          z.object({
            table: z.enum(['clients', 'invoices', 'events', 'scenarios', 'files']),
            label: z.string(),
            reason: z.enum(['different', 'number-taken']),
          }),
        )
        .max(500),
      conflictCount: z.number().int(),
    }),
  },
  'backup/discard': {
    request: z.object({ restoreId: IdSchema.nullable() }),
    response: z.object({ ok: z.literal(true) }),
  },
  'settings/save': {
    request: z.object({ settings: SettingsSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
  'client/statement-mail': {
    // The grouped reminder: the client's statement of account as a new message in the mailbox
    // target (a Gmail compose by default). `invoices`: how many it lists; 0 opens nothing.
    request: z.object({ clientId: z.string().min(1).max(200) }),
    response: z.object({ opened: z.boolean(), invoices: z.number().int() }),
  },
  'invoice/payment-announced': {
    // « Le virement est parti » read in the client's e-mail (Gmail card): the ladder waits the
    // days of the settings. The same message recorded twice is recorded once.
    request: z.object({
      invoiceId: z.string().min(1).max(200),
      gmailMessageId: z.string().max(200).nullable(),
    }),
    response: z.object({ recorded: z.boolean() }),
  },
  'client/save': {
    // The whole client, as the dashboard edited it (tu/vous, scenario, contact details…).
    request: z.object({ client: ClientSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
  'scenario/save': {
    request: z.object({ scenario: ScenarioSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
  'scenario/delete': {
    request: z.object({ scenarioId: z.string().min(1) }),
    response: z.object({ ok: z.literal(true) }),
  },
  'reminder/open': {
    // Writes today's reminder into the mailbox target (Gmail thread, Gmail, Outlook, mailto).
    request: z.object({ invoiceId: z.string().min(1) }),
    response: z.object({ opened: z.boolean(), covers: z.array(CoveredSchema) }),
  },
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
    request: z.object({ name: z.string().max(300), base64: z.string().max(14_000_000) }),
    response: z.object({
      found: PdfFoundSchema,
      error: z.object({ code: z.string().max(50), message: z.string().max(300) }).nullable(),
    }),
  },
  'invoice/mark-paid': {
    request: z.object({ invoiceId: z.string().min(1) }),
    response: z.object({ ok: z.literal(true) }),
  },
  'invoice/rate': {
    // The rate the invoice states, as the user corrected it on the invoice page (issue #14);
    // null: the invoice states none (the client's rate or the settings' default applies).
    request: z.object({
      invoiceId: z.string().min(1).max(100),
      contractualRate: ContractualRateSchema.nullable(),
    }),
    response: z.object({ ok: z.literal(true) }),
  },
  'reminder/draft': {
    request: z.object({ invoiceId: z.string().min(1) }),
    response: DraftSchema,
  },
  'reminder/sent': {
    request: z.object({
      invoiceId: z.string().min(1),
      stepId: z.string().min(1),
      template: z.string().max(100),
      threadId: z.string().max(200).nullable(),
      /** All the invoices the reminder covered; each gets its `reminder_sent`. */
      covers: z.array(CoveredSchema).max(200).optional(),
    }),
    response: z.object({ ok: z.literal(true) }),
  },
  'bank/record': {
    // Confirmed matches of a bank statement: each bank line pays one or more invoices. One
    // transaction; a line already recorded (same hash) is skipped, so a re-import is harmless.
    request: z.object({ payments: z.array(BankPaymentSchema).min(1).max(20_000) }),
    response: z.object({ recorded: z.number().int(), skipped: z.number().int() }),
  },
  'bank/mapping/save': {
    // The columns of a CSV layout no profile knows, remembered by its header signature.
    request: z.object({ mapping: CsvMappingSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Messages = typeof messages;
export type MessageName = keyof Messages;
export type RequestOf<N extends MessageName> = z.input<Messages[N]['request']>;
export type ParsedRequestOf<N extends MessageName> = z.infer<Messages[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<Messages[N]['response']>;

export { BackupSchema };
