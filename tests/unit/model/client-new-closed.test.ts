import { describe, expect, it } from 'vitest';
import { ClientSchema, isClosed, isOwed, newClient } from '../../../core/model';

describe('the default new client', () => {
  it('has the schema’s defaults and a fresh id', () => {
    const a = newClient({ name: 'Acme', kind: 'pro' });
    const b = newClient({ name: 'Acme', kind: 'pro' });
    expect(a.id).not.toBe(b.id);
    // What the schema fills in for a client given only its name and kind.
    const { id: _a, ...fromHere } = a;
    const { id: _s, ...fromSchema } = ClientSchema.parse({ id: a.id, name: 'Acme', kind: 'pro' });
    expect(fromHere).toEqual(fromSchema);
    // In the schema's order too: a backup's checksum is over bytes (import-backup e2e).
    expect(Object.keys(a)).toEqual(Object.keys(ClientSchema.parse(a)));
    expect(Object.keys(newClient({ name: 'Acme', kind: 'pro', emails: ['a@acme.test'], id: 'x' }))).toEqual(
      Object.keys(ClientSchema.parse(a)),
    );
  });

  it('keeps what was read', () => {
    const c = newClient({
      name: 'Bolt',
      kind: 'particulier',
      emails: ['b@bolt.test'],
      siren: null,
      language: 'en',
    });
    expect(c).toMatchObject({ name: 'Bolt', kind: 'particulier', emails: ['b@bolt.test'], language: 'en' });
  });
});

describe('closed and owed', () => {
  it('paid and written off are closed; an open invoice with nothing left is not owed', () => {
    expect(isClosed('paid')).toBe(true);
    expect(isClosed('written_off')).toBe(true);
    for (const s of ['open', 'disputed', 'promised', 'plan', 'proceedings'] as const)
      expect(isClosed(s)).toBe(false);
    expect(isOwed({ status: 'open', outstandingCents: 1 })).toBe(true);
    expect(isOwed({ status: 'open', outstandingCents: 0 })).toBe(false);
    expect(isOwed({ status: 'written_off', outstandingCents: 500 })).toBe(false);
  });
});
