/**
 * The one typed sender, over an injected transport (runtime.sendMessage in the extension, a
 * function call in tests: core/platform/transport.ts). It checks the request before it leaves
 * and the reply when it comes back, with checks it is given: the zod ones (checks.ts), loaded
 * on first use so that a page paints before zod loads (the popup, issue #11), or, in content
 * scripts that must stay without zod, the envelope's shape only (contentScriptChecks below).
 * Only types are imported here, so this module costs a few hundred bytes.
 */
import type { ProtocolError, RequestEnvelope, Result } from './envelope';
import type { MessageName, RequestOf, ResponseOf } from './messages';

/** How an envelope travels. */
export type Transport = (envelope: RequestEnvelope) => Promise<unknown>;

/** Checks a raw reply against the envelope and the message's response schema. */
export type ReplyCheck = <N extends MessageName>(name: N, raw: unknown) => Result<ResponseOf<N>>;

/** Why a request must not leave, or null when it may. */
export type RequestCheck = <N extends MessageName>(name: N, payload: RequestOf<N>) => ProtocolError | null;

export interface Checks {
  request: RequestCheck;
  reply: ReplyCheck;
}

export function createSender(transport: Transport, loadChecks: () => Promise<Checks>) {
  let checks: Promise<Checks> | undefined;
  return async function send<N extends MessageName>(
    name: N,
    payload: RequestOf<N>,
  ): Promise<Result<ResponseOf<N>>> {
    checks ??= loadChecks();
    const check = await checks;
    const refused = check.request(name, payload);
    if (refused) return { ok: false, error: refused };
    let raw: unknown;
    try {
      raw = await transport({ channel: 'echeance', name, payload });
    } catch (e) {
      // The extension was reloaded or updated under the page, or the receiver is gone.
      return { ok: false, error: { code: 'unreachable', message: String(e), issues: [] } };
    }
    return check.reply(name, raw);
  };
}
export type Send = ReturnType<typeof createSender>;

/**
 * For content scripts, which carry no zod (the Gmail script's size budget; ARCHITECTURE.md): the
 * request goes as it is, and the reply is taken when it is a well-formed answer. Both were
 * checked against the message's schemas by the background, which validates every request it
 * receives and every reply before it leaves (createReceiver, core/protocol/index.ts).
 */
export const contentScriptChecks: Checks = {
  request: () => null,
  reply: <N extends MessageName>(_: N, raw: unknown): Result<ResponseOf<N>> => {
    const answer = raw as { ok?: unknown; data?: unknown; error?: unknown } | null;
    if (answer && typeof answer === 'object' && (answer.ok === true || isError(answer.error)))
      return answer as Result<ResponseOf<N>>;
    return { ok: false, error: { code: 'invalid-response', message: 'réponse illisible', issues: [] } };
  },
};

function isError(e: unknown): boolean {
  const error = e as { code?: unknown; message?: unknown } | null;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof error.code === 'string' &&
    typeof error.message === 'string'
  );
}
