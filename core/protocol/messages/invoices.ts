/** Invoices and their events: imports, tracking, payments, rates and reminders. */
import { z } from 'zod';
import {
  ContractualRateSchema,
  CoveredSchema,
  DraftViewSchema,
  EventSchema,
  ImportItemSchema,
  ImportUpdateSchema,
  InvoiceImportMappingSchema,
  InvoiceOriginSchema,
  KnownInvoiceSchema,
  singleLine,
} from '../../model';

/** Rows one `invoices/import` carries (one transaction); a larger import is sent in batches. */
export const MAX_IMPORT_ITEMS = 20_000;

export const invoiceMessages = {
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
  'invoice/payment-announced': {
    // « Le virement est parti » read in the client's e-mail (Gmail card): the ladder waits the
    // days of the settings. The same message recorded twice is recorded once.
    request: z.object({
      invoiceId: z.string().min(1).max(200),
      gmailMessageId: z.string().max(200).nullable(),
    }),
    response: z.object({ recorded: z.boolean() }),
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
  'reminder/open': {
    // Writes today's reminder into the mailbox target (Gmail thread, Gmail, Outlook, mailto).
    request: z.object({ invoiceId: z.string().min(1) }),
    // followed: its send is seen in Gmail or asked about later (« À confirmer »).
    response: z.object({
      opened: z.boolean(),
      covers: z.array(CoveredSchema),
      followed: z.boolean().optional(),
    }),
  },
  'reminder/draft': {
    request: z.object({ invoiceId: z.string().min(1) }),
    response: DraftViewSchema,
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
} as const;
