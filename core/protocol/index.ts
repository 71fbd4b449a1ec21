import type { z } from 'zod';
import { boundToSender } from './binding';
import { issuesOf, RequestEnvelopeSchema, ResponseEnvelopeSchema, type Result } from './envelope';
import { type MessageName, messages, type ParsedRequestOf, type ResponseOf } from './messages';
import { createCheckedSender, type Send, type Transport } from './sender';

export * from './envelope';
export * from './messages';

export type { ReplyCheck, Send, Transport } from './sender';

/** Checks a reply: a well-formed envelope, and for a success the message's response schema. */
export function checkReply<N extends MessageName>(name: N, raw: unknown): Result<ResponseOf<N>> {
  const envelope = ResponseEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return { ok: false, error: { code: 'invalid-response', message: 'réponse illisible', issues: [] } };
  }
  if (!envelope.data.ok) return envelope.data;
  const schema: z.ZodType = messages[name].response;
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) {
    return {
      ok: false,
      error: { code: 'invalid-response', message: data.error.message, issues: issuesOf(data.error) },
    };
  }
  return { ok: true, data: data.data as ResponseOf<N> };
}

/** Typed sender: validates nothing it sends (the receiver does) but checks what comes back. */
export function createSender(transport: Transport): Send {
  return createCheckedSender(transport, async () => checkReply);
}

export type Handlers = {
  [N in MessageName]: (request: ParsedRequestOf<N>) => Promise<ResponseOf<N>>;
};

/**
 * The receiving side: validates the envelope and the request, runs the handler, and answers
 * errors as data (never throws across the channel). Returns null for envelopes that are not
 * ours, so other listeners can answer them.
 */
export function createReceiver(handlers: Handlers) {
  return async function receive(
    raw: unknown,
    from: SenderContext = 'extension',
    /** The URL of the page a content script runs in (runtime.MessageSender.url). */
    senderUrl?: string,
  ): Promise<Result<unknown> | null> {
    const envelope = RequestEnvelopeSchema.safeParse(raw);
    if (!envelope.success) return null;
    const { name, payload } = envelope.data;
    if (!Object.hasOwn(messages, name)) {
      return {
        ok: false,
        error: { code: 'unknown-message', message: `message inconnu : ${name}`, issues: [] },
      };
    }
    const key = name as MessageName;
    if (from !== 'extension' && !CONTENT_SCRIPT_MESSAGES[from].includes(key)) {
      const message = `message refusé depuis ${from} : ${name}`;
      return { ok: false, error: { code: 'forbidden', message, issues: [] } };
    }
    const request = messages[key].request.safeParse(payload);
    if (!request.success) {
      return {
        ok: false,
        error: { code: 'invalid-request', message: 'requête invalide', issues: issuesOf(request.error) },
      };
    }
    if (!boundToSender(key, request.data, from, senderUrl)) {
      const message = `message refusé : il ne vient pas de la page qu’il nomme (${name})`;
      return { ok: false, error: { code: 'forbidden', message, issues: [] } };
    }
    try {
      const handler = handlers[key] as (r: unknown) => Promise<unknown>;
      return { ok: true, data: await handler(request.data) };
    } catch (e) {
      if (isQuotaError(e)) {
        const message =
          'le navigateur n’a plus de place pour les données de l’extension ; rien n’a été écrit';
        return { ok: false, error: { code: 'quota', message, issues: [] } };
      }
      const message = e instanceof Error ? e.message : String(e);
      const issues = e instanceof ValidationFailure ? e.issues : [];
      return { ok: false, error: { code: 'failed', message, issues } };
    }
  };
}

/** Who sent a message: an extension page, the Gmail content script, or an invoicing site's. */
export type SenderContext = 'extension' | 'gmail' | 'site';

/**
 * What content scripts may ask: they run inside pages we do not control, so a compromised
 * page can at most do what its own features do (never restore a backup or change settings).
 */
export const CONTENT_SCRIPT_MESSAGES: Record<Exclude<SenderContext, 'extension'>, readonly MessageName[]> = {
  gmail: [
    'ping',
    'gmail/thread-status',
    'gmail/layout',
    'gmail/labels',
    'invoice/track',
    'invoice/mark-paid',
    'invoice/payment-announced',
    'reminder/draft',
    'reminder/sent',
    'extract/pdf',
    'gmail/pending-send',
    'gmail/settle-send',
    'gmail/attachment',
    'gmail/due-date',
    // Opens our settings on the attachment host's section: nothing is granted without a click there.
    'gmail/attachment-access',
  ],
  site: ['ping', 'invoices/import'],
};

/** Thrown by handlers for input that parsed as a message but is not acceptable data. */
export class ValidationFailure extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/**
 * The browser refused to store more: a DOMException named QuotaExceededError (Storage
 * Standard §4.3), which Dexie passes on under the same name or as the `inner` error of an
 * aborted transaction.
 */
export function isQuotaError(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; typeof x === 'object' && x !== null && depth < 4; depth++) {
    if ((x as { name?: unknown }).name === 'QuotaExceededError') return true;
    x = (x as { inner?: unknown }).inner;
  }
  return false;
}
