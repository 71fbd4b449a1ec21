import { describe, expect, it } from 'vitest';
import { invoiceHref, parseHash } from '../../../components/dashboard/use-hash-route';

describe('hash routes', () => {
  it('an id with « % » round-trips through its link', () => {
    for (const id of ['50%', 'a%2', 'F/2026 #1', '%E0%A4%A', '\u202Eevil']) {
      expect(parseHash(invoiceHref(id))).toEqual({ page: 'invoice', id });
    }
  });

  it('a malformed percent sequence typed by hand does not throw', () => {
    expect(parseHash('#invoice/50%')).toEqual({ page: 'invoice', id: '50%' });
    expect(parseHash('#invoice/%E0%A4%A')).toEqual({ page: 'invoice', id: '%E0%A4%A' });
  });

  it('anything unknown is « Aujourd’hui »', () => {
    for (const hash of ['#', '#javascript:alert(1)', '#<img src=x>', '#__proto__', '#constructor']) {
      expect(parseHash(hash)).toEqual({ page: 'today' });
    }
  });
});
