import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { type Deriver, EcheanceDb, importItems, trackInvoice } from '../../../core/db';
import type { ImportItem } from '../../../core/model';
import { ClientMatcher, findSameClient, sameLegalEntity } from '../../../core/model';

const derive: Deriver = (invoice) => ({
  status: 'open',
  outstandingCents: invoice.amountDueCents,
  nextActionDate: invoice.dueDate,
});
const at = '2026-04-01T08:00:00Z';
const item = (number: string, clientName: string, clientSiren: string | null = null): ImportItem => ({
  number,
  clientName,
  clientEmail: 'compta@cabinet.test',
  clientKind: 'pro',
  clientPhone: null,
  clientAddress: null,
  clientSiren,
  totalCents: 1000,
  amountDueCents: 1000,
  issueDate: null,
  dueDate: '2026-03-31',
  currency: 'EUR',
  paymentTerms: null,
  contractualRatePercent: null,
  mentions: null,
  origin: null,
  file: null,
});

let db: EcheanceDb | undefined;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = undefined;
});

describe('one rule says when two records are one client', () => {
  it('SIREN decides when both have one; else the name; never the e-mail', () => {
    expect(sameLegalEntity({ name: 'Acme', siren: '111111111' }, { name: 'ACME ', siren: '222222222' })).toBe(
      false,
    );
    expect(
      sameLegalEntity({ name: 'Acme', siren: '111111111' }, { name: 'Acme Holding', siren: '111111111' }),
    ).toBe(true);
    expect(
      sameLegalEntity({ name: 'Acme  SAS', siren: null }, { name: 'acme sas', siren: '111111111' }),
    ).toBe(true);
    expect(sameLegalEntity({ name: 'Acme', siren: null }, { name: 'Bolt', siren: null })).toBe(false);
    const m = new ClientMatcher([{ name: 'Acme', siren: '111111111' }]);
    expect(m.find({ name: 'Acme', siren: '222222222' })).toBeUndefined();
    expect(m.find({ name: 'Other', siren: '111111111' })?.name).toBe('Acme');
  });

  it('two companies sharing one accounting e-mail stay two clients on import', async () => {
    db = new EcheanceDb('match-import');
    await importItems(
      db,
      [item('A-1', 'Acme SAS'), item('B-1', 'Bolt SARL')],
      { kind: 'csv', fileName: null },
      at,
      derive,
      '2026-04-01',
    );
    expect((await db.clients.toArray()).map((c) => c.name).sort()).toEqual(['Acme SAS', 'Bolt SARL']);
    // Same name, different SIREN: two legal entities.
    db.close();
    db = new EcheanceDb('match-siren');
    await importItems(
      db,
      [item('A-2', 'Acme SAS', '123456789'), item('A-3', 'Acme SAS', '987654321')],
      { kind: 'csv', fileName: null },
      at,
      derive,
      '2026-04-01',
    );
    const acme = (await db.clients.toArray()).filter((c) => c.name === 'Acme SAS');
    expect(acme).toHaveLength(2);
  });

  it('tracking from Gmail with the e-mail of another company creates a new client', async () => {
    db = new EcheanceDb('match-track');
    await importItems(
      db,
      [item('A-1', 'Acme SAS')],
      { kind: 'csv', fileName: null },
      at,
      derive,
      '2026-04-01',
    );
    const [acme] = await db.clients.toArray();
    const origin = { kind: 'gmail' as const, threadId: 't1', messageId: null, account: 0 };
    const invoice = { ...(await db.invoices.toArray())[0]!, number: 'B-9', origin };
    const { id: _, ...fields } = acme!;
    const out = await trackInvoice(
      db,
      { invoice, client: { ...fields, name: 'Bolt SARL' } },
      derive,
      '2026-04-01',
    );
    const tracked = await db.invoices.get(out.invoiceId);
    expect(tracked?.clientId).not.toBe(acme!.id);
    expect(await db.clients.count()).toBe(2);
  });

  it('« Suivre » on a number tracked from another thread leaves it where it is', async () => {
    db = new EcheanceDb('track-known');
    await importItems(
      db,
      [item('A-1', 'Acme SAS')],
      { kind: 'csv', fileName: null },
      at,
      derive,
      '2026-04-01',
    );
    const [first] = await db.invoices.toArray();
    const [client] = await db.clients.toArray();
    const thread = (threadId: string) => ({ kind: 'gmail' as const, threadId, messageId: null, account: 0 });
    await trackInvoice(
      db,
      { invoice: { ...first!, origin: thread('t1') }, client: client! },
      derive,
      '2026-04-01',
    );
    const again = await trackInvoice(
      db,
      { invoice: { ...first!, origin: thread('t2'), totalCents: 5, amountDueCents: 5 }, client: client! },
      derive,
      '2026-04-01',
    );
    expect(again).toEqual({ invoiceId: first!.id, alreadyTracked: true });
    const stored = await db.invoices.get(first!.id);
    expect(stored?.origin).toEqual(thread('t1'));
    expect(stored?.totalCents).toBe(1000);
  });
});

describe('one search, whichever the number of clients', () => {
  it('a SIREN match comes before a name match, in a list as in the import index', () => {
    const known = [
      { name: 'Acme', siren: null },
      { name: 'Acme Holding', siren: '111111111' },
    ];
    const wanted = { name: 'Acme', siren: '111111111' };
    expect(findSameClient(known, wanted)?.name).toBe('Acme Holding');
    expect(new ClientMatcher(known).find(wanted)?.name).toBe('Acme Holding');
    // Different SIREN, same name: not the same entity, even though another shares the name.
    expect(findSameClient([{ name: 'Acme', siren: '222222222' }], wanted)).toBeUndefined();
  });
});
