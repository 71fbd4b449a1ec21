/**
 * Every message between contexts, by intent: name → request and response schemas, built from
 * the shapes of core/model and core/extract (never the reverse). The receiver validates the
 * request and its own reply (createReceiver, core/protocol/index.ts); extension pages' sender
 * validates the request before sending and the reply on its way back (core/protocol/sender.ts).
 */
import { z } from 'zod';
import { backupMessages } from './backup';
import { editMessages } from './edit';
import { gmailMessages } from './gmail';
import { gmailBulkMessages } from './gmail-bulk';
import { invoiceMessages } from './invoices';
import { sendsMessages } from './sends';
import { settingsMessages } from './settings';

export { MAX_IMPORT_ITEMS } from './invoices';

export const messages = {
  ping: {
    request: z.object({}),
    response: z.object({ pong: z.literal(true), version: z.string() }),
  },
  ...invoiceMessages,
  ...gmailMessages,
  ...gmailBulkMessages,
  ...settingsMessages,
  ...backupMessages,
  ...sendsMessages,
  ...editMessages,
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Messages = typeof messages;
export type MessageName = keyof Messages;
export type RequestOf<N extends MessageName> = z.input<Messages[N]['request']>;
export type ParsedRequestOf<N extends MessageName> = z.infer<Messages[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<Messages[N]['response']>;
