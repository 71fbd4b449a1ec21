import { describe, expect, it } from 'vitest';
import {
  contentScriptChecks,
  createReceiver,
  createSender,
  type Handlers,
  type RequestEnvelope,
  schemaChecks,
} from '../../../core/protocol';

const handlers = {
  ping: async () => ({ pong: true as const, version: '1.0.0' }),
  'gmail/layout': async () => ({ ok: 'yes' }),
} as unknown as Handlers;

/** A transport that records what left, and answers as the background does. */
function wire(answer?: (envelope: RequestEnvelope) => unknown) {
  const sent: RequestEnvelope[] = [];
  const receive = createReceiver(handlers);
  const transport = async (envelope: RequestEnvelope) => {
    sent.push(structuredClone(envelope));
    return answer ? answer(envelope) : receive(structuredClone(envelope));
  };
  return { sent, transport };
}

describe('the one sender', () => {
  it('checks a request before it leaves: a bad one never reaches the transport', async () => {
    const { sent, transport } = wire();
    const send = createSender(transport, async () => schemaChecks);
    const answer = await send('invoices/import', { items: [], origin: { kind: 'csv', fileName: null } });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: 'requête invalide' },
    });
    if (!answer.ok) expect(answer.error.issues[0]?.path).toBe('items');
    expect(sent).toEqual([]);
  });

  it('checks the reply with the message’s response schema', async () => {
    const { sent, transport } = wire(() => ({ ok: true, data: { pong: 'no' } }));
    const send = createSender(transport, async () => schemaChecks);
    expect(await send('ping', {})).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
    expect(sent).toHaveLength(1);
  });

  it('answers an error reply as it came, and a transport failure as unreachable', async () => {
    const error = { code: 'failed', message: 'disque plein', issues: [] };
    const failing = createSender(wire(() => ({ ok: false, error })).transport, async () => schemaChecks);
    expect(await failing('ping', {})).toEqual({ ok: false, error });
    const gone = createSender(
      async () => {
        throw new Error('Extension context invalidated.');
      },
      async () => schemaChecks,
    );
    expect(await gone('ping', {})).toMatchObject({ ok: false, error: { code: 'unreachable' } });
  });

  it('in content scripts (no zod), takes a well-formed answer and refuses anything else', async () => {
    const good = createSender(wire().transport, async () => contentScriptChecks);
    expect(await good('ping', {})).toEqual({ ok: true, data: { pong: true, version: '1.0.0' } });
    for (const raw of [undefined, 'ok', { ok: false }, { ok: false, error: { code: 1 } }]) {
      const send = createSender(wire(() => raw).transport, async () => contentScriptChecks);
      expect(await send('ping', {})).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
    }
  });

  it('the receiver checks its own reply before it leaves, for senders that cannot', async () => {
    const send = createSender(wire().transport, async () => contentScriptChecks);
    expect(await send('gmail/layout', { recognised: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-response' },
    });
  });
});
