import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MESSAGES, type MessageName, messages } from '../../../core/protocol';
import { closeAll, HOSTILE_STRINGS, importItem, profile, snapshot, UNSAFE_CHARS } from './harness';

afterAll(closeAll);

/** Seeds one invoice, so that refusals have something to leave unchanged. */
async function seeded() {
  const p = profile();
  const answer = await p.send('invoices/import', {
    items: [importItem(1)],
    origin: { kind: 'csv', fileName: null },
  });
  if (!answer.ok) throw new Error(answer.error.message);
  return p;
}

const NAMES = Object.keys(messages) as MessageName[];

describe('protocol messages from each kind of sender', () => {
  for (const sender of ['gmail', 'site'] as const) {
    for (const name of NAMES.filter((n) => !CONTENT_SCRIPT_MESSAGES[sender].includes(n))) {
      it(`[protocol] ${sender} may not send ${name}`, async () => {
        const { db, receive } = await seeded();
        const before = await snapshot(db);
        const answer = await receive({ channel: 'echeance', name, payload: {} }, sender);
        expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(await snapshot(db)).toBe(before);
      });
    }
  }

  const JUNK: readonly [string, unknown][] = [
    ['null', null],
    ['a string', 'backup/commit'],
    ['an array', [1, 2]],
    ['another channel', { channel: 'other', name: 'ping', payload: {} }],
    ['no name', { channel: 'echeance', payload: {} }],
    ['name too long', { channel: 'echeance', name: 'x'.repeat(500), payload: {} }],
  ];
  for (const [label, raw] of JUNK) {
    it(`[protocol] envelope ${label}: not ours, nothing done`, async () => {
      const { db, receive } = await seeded();
      const before = await snapshot(db);
      const answer = await receive(raw, 'gmail');
      if (answer !== null) expect(answer.ok).toBe(false);
      expect(await snapshot(db)).toBe(before);
    });
  }

  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const) {
    it(`[protocol] message named ${name} is unknown`, async () => {
      const { receive } = profile();
      expect(await receive({ channel: 'echeance', name, payload: {} }, 'extension')).toMatchObject({
        ok: false,
        error: { code: 'unknown-message' },
      });
    });
  }

  // Every message, from the extension itself, with payloads of the wrong shape.
  for (const name of NAMES.filter((n) => n !== 'ping')) {
    for (const [label, payload] of [
      ['null payload', null],
      ['array payload', []],
      ['proto payload', JSON.parse('{"__proto__":{"polluted":true}}')],
    ] as const) {
      it(`[protocol] ${name} with ${label}: refused with issues, nothing written`, async () => {
        const { db, receive } = await seeded();
        const before = await snapshot(db);
        const answer = await receive({ channel: 'echeance', name, payload }, 'extension');
        expect(answer).toMatchObject({ ok: false });
        if (answer && !answer.ok && answer.error.code === 'invalid-request')
          expect(answer.error.issues.length).toBeGreaterThan(0);
        expect(await snapshot(db)).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }
  }

  it('[protocol] site imports more than 20,000 rows: refused whole, nothing written', async () => {
    const { db, from } = await seeded();
    const before = await snapshot(db);
    const items = Array.from({ length: 20_001 }, (_, i) => importItem(i + 10));
    const answer = await from('site')('invoices/import', {
      items,
      origin: { kind: 'web', url: 'https://a.test/' },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await snapshot(db)).toBe(before);
  });

  it('[protocol] site import with one bad row in 50: refused whole with the row named', async () => {
    const { db, from } = await seeded();
    const before = await snapshot(db);
    const items = Array.from({ length: 50 }, (_, i) => importItem(i + 10));
    items[37]!.dueDate = '2026-13-01';
    const answer = await from('site')('invoices/import', {
      items,
      origin: { kind: 'web', url: 'https://a.test/' },
    });
    expect(answer).toMatchObject({ ok: false, error: { issues: [{ path: 'items.37.dueDate' }] } });
    expect(await snapshot(db)).toBe(before);
  });

  for (const [label, value] of HOSTILE_STRINGS) {
    it(`[protocol] gmail tracks an invoice whose client is ${label}`, async () => {
      const { db, from } = await seeded();
      const before = await snapshot(db);
      const answer = await from('gmail')('invoice/track', {
        threadId: `t-${label}`,
        messageId: null,
        account: 0,
        number: `G-${label}`.slice(0, 90),
        totalCents: 1000,
        currency: 'EUR',
        issueDate: null,
        dueDate: '2026-03-01',
        paymentTerms: null,
        clientName: value,
        clientEmail: null,
        clientKind: 'pro',
        addressing: 'vous',
        contactFirstName: value.slice(0, 100),
        language: 'fr',
        mentions: { dueDate: true, penaltyRate: false, recoveryIndemnity: false },
      });
      if (!answer.ok) {
        expect(answer.error.issues.map((i) => i.path)).toContain('clientName');
        expect(await snapshot(db)).toBe(before);
        return;
      }
      // Cleaned, it may turn out to be the client already here (« Acme SAS »): either way clean.
      for (const c of await db.clients.toArray()) expect(c.name).not.toMatch(UNSAFE_CHARS);
      expect((await db.invoices.get(answer.data.invoiceId))?.number).not.toMatch(UNSAFE_CHARS);
    });
  }

  it('[protocol] gmail « Suivre » on a number another thread tracks: left where it is', async () => {
    const { db, from } = await seeded();
    const track = (threadId: string, totalCents: number) =>
      from('gmail')('invoice/track', {
        threadId,
        messageId: null,
        account: 0,
        number: 'G-1',
        totalCents,
        currency: 'EUR',
        issueDate: null,
        dueDate: '2026-03-01',
        paymentTerms: null,
        clientName: 'Acme SAS',
        clientEmail: null,
        clientKind: 'pro',
        addressing: 'vous',
        contactFirstName: null,
        language: 'fr',
        mentions: { dueDate: true, penaltyRate: false, recoveryIndemnity: false },
      });
    const first = await track('t1', 1000);
    const before = await snapshot(db);
    const second = await track('t2', 5);
    expect(second).toMatchObject({ ok: true, data: { alreadyTracked: true } });
    expect(first.ok && second.ok && second.data.invoiceId).toBe(first.ok && first.data.invoiceId);
    expect(await snapshot(db)).toBe(before);
  });
});

describe('content-script payloads bound to their page', () => {
  const CLAIMS: readonly [string, string, unknown, unknown][] = [
    ['another site as origin', 'https://a.test/f', { kind: 'web', url: 'https://bank.test/' }, null],
    ['a CSV origin', 'https://a.test/f', { kind: 'csv', fileName: 'x.csv' }, null],
    [
      'a Gmail thread origin',
      'https://a.test/f',
      { kind: 'gmail', threadId: 't', messageId: null, account: 0 },
      null,
    ],
    [
      'an item from another site',
      'https://a.test/f',
      { kind: 'web', url: 'https://a.test/f' },
      { kind: 'web', url: 'https://b.test/' },
    ],
    ['no page URL known', '', { kind: 'web', url: 'https://a.test/f' }, null],
    ['http page claiming https', 'http://a.test/f', { kind: 'web', url: 'https://a.test/f' }, null],
  ];
  for (const [label, page, origin, itemOrigin] of CLAIMS) {
    it(`[protocol] site import claiming ${label}: refused, nothing written`, async () => {
      const { db, from } = await seeded();
      const before = await snapshot(db);
      const item = { ...importItem(99), origin: itemOrigin };
      const answer = await from('site', page)('invoices/import', { items: [item], origin } as never);
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await snapshot(db)).toBe(before);
    });
  }
  it('[protocol] site import from its own page: accepted', async () => {
    const { db, from } = await seeded();
    const answer = await from('site', 'https://a.test/f?x=1')('invoices/import', {
      items: [importItem(99)],
      origin: { kind: 'web', url: 'https://a.test/f' },
    });
    expect(answer).toMatchObject({ ok: true, data: { imported: 1 } });
    expect(await db.invoices.count()).toBe(2);
  });
});
