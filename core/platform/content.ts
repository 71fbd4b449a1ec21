/**
 * Messaging for content scripts, kept free of zod so the Gmail script stays small: the
 * background validates every request it receives, and answers with data it produced itself.
 */
import { browser } from 'wxt/browser';
import type { Result } from '../protocol/envelope';
import type { MessageName, RequestOf, ResponseOf } from '../protocol/messages';

export async function sendFromContent<N extends MessageName>(
  name: N,
  payload: RequestOf<N>,
): Promise<Result<ResponseOf<N>>> {
  try {
    const answer = (await browser.runtime.sendMessage({ channel: 'echeance', name, payload })) as unknown;
    if (answer && typeof answer === 'object' && 'ok' in answer) return answer as Result<ResponseOf<N>>;
    return { ok: false, error: { code: 'invalid-response', message: 'réponse illisible', issues: [] } };
  } catch (e) {
    // The extension was reloaded or updated under the page: stay silent.
    return { ok: false, error: { code: 'unreachable', message: String(e), issues: [] } };
  }
}

export type ContentSend = typeof sendFromContent;
