/**
 * The typed sender, without zod at run time: pages that must paint before loading zod (the
 * popup) give it a reply check to load on demand; core/protocol/index.ts gives the zod one.
 * Only types are imported here, so this module costs a few hundred bytes.
 */
import type { RequestEnvelope, Result } from './envelope';
import type { MessageName, RequestOf, ResponseOf } from './messages';

/** How an envelope travels (runtime.sendMessage in the extension, a function call in tests). */
export type Transport = (envelope: RequestEnvelope) => Promise<unknown>;

/** Checks a raw reply against the envelope and the message's response schema. */
export type ReplyCheck = <N extends MessageName>(name: N, raw: unknown) => Result<ResponseOf<N>>;

/**
 * Validates nothing it sends (the receiver does) but checks every reply with `check`, loaded
 * the first time a reply comes back (a dynamic import()), then kept.
 */
export function createCheckedSender(transport: Transport, loadCheck: () => Promise<ReplyCheck>) {
  let check: Promise<ReplyCheck> | undefined;
  return async function send<N extends MessageName>(
    name: N,
    payload: RequestOf<N>,
  ): Promise<Result<ResponseOf<N>>> {
    let raw: unknown;
    try {
      raw = await transport({ channel: 'echeance', name, payload });
    } catch (e) {
      return { ok: false, error: { code: 'unreachable', message: String(e), issues: [] } };
    }
    check ??= loadCheck();
    return (await check)(name, raw);
  };
}
export type Send = ReturnType<typeof createCheckedSender>;
