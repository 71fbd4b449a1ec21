import { boundToSender } from './binding';
import { issuesOf, RequestEnvelopeSchema, type Result } from './envelope';
import { type MessageName, messages, type ParsedRequestOf, type ResponseOf } from './messages';

export { checkReply, checkRequest, schemaChecks } from './checks';
export * from './envelope';
export * from './messages';
export {
  type Checks,
  contentScriptChecks,
  createSender,
  type ReplyCheck,
  type RequestCheck,
  type Send,
  type Transport,
} from './sender';

export type Handlers = {
  [N in MessageName]: (request: ParsedRequestOf<N>) => Promise<ResponseOf<N>>;
};

/**
 * The receiving side: validates the envelope and the request, runs the handler, validates its
 * reply, and answers errors as data (never throws across the channel). Returns null for
 * envelopes that are not ours, so other listeners can answer them.
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
      // The reply is checked before it leaves too: content scripts, which carry no zod, take it
      // as it comes (contentScriptChecks, sender.ts).
      const reply = messages[key].response.safeParse(await handler(request.data));
      if (!reply.success) {
        const issues = issuesOf(reply.error);
        return { ok: false, error: { code: 'invalid-response', message: 'réponse invalide', issues } };
      }
      return { ok: true, data: reply.data };
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
    'gmail/read-texts',
    // The Sent list's bar: opens the review page with the rows; tracking is asked from that page.
    'gmail/sent-count',
    'gmail/sent-review',
    // Opens our settings on the attachment host's section: nothing is granted without a click there.
    'gmail/attachment-access',
    // A new-message reminder opened by Échéance, followed to Send; its invoice PDF attached.
    'gmail/opened-compose',
    'gmail/remember-compose',
    'gmail/invoice-pdf',
    // The card's « Annuler » (issue #20): the id comes from this thread's status and only the
    // newest action, 10 s old at most, can be undone with it.
    'undo/apply',
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
