import { describe, expect, it } from 'vitest';
import { createReceiver, createSender, type Handlers, schemaChecks } from '../../../core/protocol';

const handlers = {
  ping: async () => ({ pong: true as const, version: '1.0.0' }),
} as unknown as Handlers;

describe('protocol', () => {
  const receive = createReceiver(handlers);
  const send = createSender(
    async (envelope) => receive(structuredClone(envelope)),
    async () => schemaChecks,
  );

  it('answers a valid request with typed data', async () => {
    expect(await send('ping', {})).toEqual({ ok: true, data: { pong: true, version: '1.0.0' } });
  });

  it('answers a request that does not validate with an error, as data', async () => {
    const answer = await send('invoices/import', { items: [], origin: { kind: 'csv', fileName: null } });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('invalid-request');
      expect(answer.error.issues[0]?.path).toBe('items');
    }
  });

  it('answers an unknown message and ignores envelopes that are not ours', async () => {
    expect(await receive({ channel: 'echeance', name: 'nope', payload: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown-message' },
    });
    expect(await receive({ hello: 'world' })).toBeNull();
  });

  it('turns a handler failure into an error answer', async () => {
    const failing = createReceiver({
      ping: async () => {
        throw new Error('disque plein');
      },
    } as unknown as Handlers);
    expect(await failing({ channel: 'echeance', name: 'ping', payload: {} })).toMatchObject({
      ok: false,
      error: { code: 'failed', message: 'disque plein' },
    });
  });
});

describe('who may ask what', () => {
  const receive = createReceiver({
    ping: async () => ({ pong: true as const, version: '1' }),
  } as unknown as Handlers);

  it('a content script cannot restore a backup or change settings', async () => {
    for (const from of ['gmail', 'site'] as const) {
      expect(await receive({ channel: 'echeance', name: 'backup/commit', payload: {} }, from)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await receive({ channel: 'echeance', name: 'ping', payload: {} }, 'gmail')).toMatchObject({
      ok: true,
    });
  });
});
