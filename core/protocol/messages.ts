import { z } from 'zod';
import { BackupSchema, ClientKindSchema, EventSchema, IsoDateSchema, SettingsSchema } from '../model';

/** A row of an import (CSV today, PDFs and e-invoices later), already parsed and checked. */
export const ImportItemSchema = z.object({
  number: z.string().trim().min(1).max(100),
  clientName: z.string().trim().min(1).max(300),
  clientEmail: z.email().nullable(),
  clientKind: ClientKindSchema,
  clientPhone: z.string().max(40).nullable().default(null),
  clientAddress: z.string().max(500).nullable().default(null),
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
});
export type ImportItem = z.infer<typeof ImportItemSchema>;
export type ImportItemInput = z.input<typeof ImportItemSchema>;

/**
 * Every message between contexts, by intent: name → request and response schemas.
 * The receiver validates both ways (core/protocol/handle.ts).
 */
export const messages = {
  ping: {
    request: z.object({}),
    response: z.object({ pong: z.literal(true), version: z.string() }),
  },
  'invoices/import': {
    request: z.object({
      items: z.array(ImportItemSchema).min(1).max(50_000),
      origin: z.object({ kind: z.literal('csv'), fileName: z.string().max(300).nullable() }),
    }),
    response: z.object({ imported: z.number().int(), skippedExisting: z.array(z.string()) }),
  },
  'event/add': {
    request: z.object({ event: EventSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
  'backup/restore': {
    // Validated by the handler with BackupSchema, so that a bad file is refused whole.
    request: z.object({ backup: z.unknown() }),
    response: z.object({ invoices: z.number().int(), clients: z.number().int(), events: z.number().int() }),
  },
  'settings/save': {
    request: z.object({ settings: SettingsSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Messages = typeof messages;
export type MessageName = keyof Messages;
export type RequestOf<N extends MessageName> = z.input<Messages[N]['request']>;
export type ParsedRequestOf<N extends MessageName> = z.infer<Messages[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<Messages[N]['response']>;

export { BackupSchema };
