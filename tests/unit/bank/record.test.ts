import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { bankLineHash, matchCredits } from '../../../core/bank';
import type { BankLine } from '../../../core/bank/types';
import {
  type Deriver,
  EcheanceDb,
  getSettings,
  importItems,
  openInvoicesForMatching,
  recordBankPayments,
  recordedBankHashes,
  saveBankMapping,
} from '../../../core/db';
import type { BankPayment, ImportItem } from '../../../core/model';

/** Outstanding = amount due minus payments; paid when nothing is left (as core/dunning does). */
const derive: Deriver = (invoice, _client, events) => {
  const paid = events.reduce((s, e) => (e.type === 'payment' ? s + e.amountCents : s), 0);
  const left = invoice.amountDueCents - paid;
  return { status: left <= 0 ? 'paid' : 'open', outstandingCents: left, nextActionDate: null };
};

const item = (number: string, cents: number, client: string): ImportItem => ({
  number,
  clientName: client,
  clientEmail: null,
  clientKind: 'pro',
  clientPhone: null,
  clientAddress: null,
  clientSiren: null,
  totalCents: cents,
  amountDueCents: cents,
  issueDate: '2026-02-01',
  dueDate: '2026-03-01',
  currency: 'EUR',
  paymentTerms: null,
  contractualRatePercent: null,
  mentions: null,
  origin: null,
  file: null,
});

const line = (label: string, amountCents: number): BankLine => ({
  row: 2,
  date: '2026-03-10',
  amountCents,
  currency: 'EUR',
  label,
  counterparty: null,
  reference: null,
  source: 'csv',
});

let db: EcheanceDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function setUp() {
  db = new EcheanceDb(`bank-${Math.random()}`);
  await importItems(
    db,
    [item('F-1001', 100_000, 'Atelier Mercier'), item('F-1002', 50_000, 'Dupont Conseil')],
    { kind: 'csv', fileName: null },
    '2026-03-01T10:00:00Z',
    derive,
    '2026-03-01',
  );
}

const toPayments = (lines: BankLine[], invoices: Awaited<ReturnType<typeof openInvoicesForMatching>>) =>
  matchCredits(lines, invoices).flatMap((p): BankPayment[] =>
    p.level === 'none'
      ? []
      : [{ hash: p.hash, file: 'releve.csv', line: p.line, allocations: p.allocations }],
  );

describe('recording confirmed bank payments', () => {
  it('full and partial payments with the bank line as proof; the same statement again records nothing', async () => {
    await setUp();
    const lines = [line('VIR F-1001', 100_000), line('ACOMPTE F-1002', 20_000)];
    const payments = toPayments(lines, await openInvoicesForMatching(db));
    expect(payments).toHaveLength(2);
    const first = await recordBankPayments(db, payments, '2026-03-11T08:00:00Z', derive, '2026-03-11');
    expect(first).toEqual({ recorded: 2, skipped: 0 });
    const invoices = await db.invoices.orderBy('number').toArray();
    expect(invoices.map((i) => [i.number, i.status, i.outstandingCents])).toEqual([
      ['F-1001', 'paid', 0],
      ['F-1002', 'open', 30_000],
    ]);
    const event = (await db.events.toArray()).find((e) => e.type === 'payment' && e.amountCents === 20_000);
    expect(event).toMatchObject({
      date: '2026-03-10',
      bank: { label: 'ACOMPTE F-1002', file: 'releve.csv', source: 'csv' },
    });
    expect(await recordedBankHashes(db)).toEqual(new Set(lines.map(bankLineHash)));

    // Matching the same statement again proposes nothing; recording it anyway adds nothing.
    expect(matchCredits(lines, await openInvoicesForMatching(db), await recordedBankHashes(db))).toEqual([]);
    expect(await recordBankPayments(db, payments, '2026-03-12T08:00:00Z', derive, '2026-03-12')).toEqual({
      recorded: 0,
      skipped: 2,
    });
    expect(await db.events.count()).toBe(2);
  });

  it('an allocation above what is still owed refuses the whole batch: nothing written', async () => {
    await setUp();
    const open = await openInvoicesForMatching(db);
    const f1001 = open.find((i) => i.number === 'F-1001')!;
    const f1002 = open.find((i) => i.number === 'F-1002')!;
    const good = {
      hash: 'b1',
      file: 'x.csv',
      line: line('a', 100_000),
      allocations: [{ invoiceId: f1001.id, amountCents: 100_000 }],
    };
    const bad = {
      hash: 'b2',
      file: 'x.csv',
      line: line('b', 60_000),
      allocations: [{ invoiceId: f1002.id, amountCents: 60_000 }],
    };
    await expect(
      recordBankPayments(db, [good, bad], '2026-03-11T08:00:00Z', derive, '2026-03-11'),
    ).rejects.toThrow('la facture F-1002 ne doit plus que 500,00 € : rien n’a été enregistré');
    expect(await db.events.count()).toBe(0);
    expect((await db.invoices.get(f1001.id))!.status).toBe('open');
  });

  it('a CSV mapping is remembered once per file shape', async () => {
    await setUp();
    const mapping = {
      signature: 'date|montant|libelle',
      name: 'LCL',
      date: 0,
      amount: 1,
      debit: null,
      credit: null,
      label: [2],
      counterparty: null,
      reference: null,
      decimal: ',' as const,
    };
    await saveBankMapping(db, mapping);
    await saveBankMapping(db, { ...mapping, name: 'LCL pro' });
    expect((await getSettings(db)).bankMappings).toEqual([{ ...mapping, name: 'LCL pro' }]);
  });
});
