import { describe, expect, it } from 'vitest';
import { ClientSchema, ImportItemSchema, InvoiceSchema } from '../../../core/model';

const invoice = {
  id: 'i1',
  number: 'F-1',
  clientId: 'c1',
  issueDate: null,
  dueDate: '2026-03-01',
  totalCents: 100,
  amountDueCents: 100,
  origin: { kind: 'manual' },
  createdAt: '2026-03-01T00:00:00Z',
  outstandingCents: 100,
};

describe('single-line text is cleaned at the schema', () => {
  it('removes NUL, controls and bidi overrides from a number, and joins its lines', () => {
    const parsed = InvoiceSchema.parse({ ...invoice, number: 'F-\u0000202\u202E6\r\n-001\u0007' });
    expect(parsed.number).toBe('F-2026 -001');
  });

  it('a client name made only of controls is refused as empty', () => {
    expect(ClientSchema.safeParse({ id: 'c', name: '\u202E\u0000\u2066', kind: 'pro' }).success).toBe(false);
  });

  it('an address keeps its line breaks but loses its controls', () => {
    const c = ClientSchema.parse({ id: 'c', name: 'A', kind: 'pro', address: '1 rue\r\n75001\u0000 Paris' });
    expect(c.address).toBe('1 rue\n75001 Paris');
  });

  it('an imported row is cleaned the same way', () => {
    const item = ImportItemSchema.parse({
      number: 'N\u202E1',
      clientName: 'Acme\nSAS',
      clientEmail: null,
      clientKind: 'pro',
      totalCents: 1,
      amountDueCents: 1,
      issueDate: null,
      dueDate: '2026-01-01',
    });
    expect([item.number, item.clientName]).toEqual(['N1', 'Acme SAS']);
  });

  it('a web origin may only be an http(s) page', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd']) {
      expect(InvoiceSchema.safeParse({ ...invoice, origin: { kind: 'web', url } }).success).toBe(false);
    }
    expect(
      InvoiceSchema.safeParse({ ...invoice, origin: { kind: 'web', url: 'https://a.test/f' } }).success,
    ).toBe(true);
  });
});
