import { describe, expect, it } from 'vitest';
import { bankLineHash, matchCredits, type OpenInvoice } from '../../../core/bank';
import type { BankLine } from '../../../core/bank/types';

const inv = (over: Partial<OpenInvoice> & Pick<OpenInvoice, 'id' | 'number'>): OpenInvoice => ({
  clientId: 'c-mercier',
  clientName: 'Atelier Mercier',
  issueDate: '2026-01-10',
  dueDate: '2026-02-10',
  currency: 'EUR',
  outstandingCents: 150_000,
  ...over,
});
let row = 0;
const credit = (over: Partial<BankLine>): BankLine => ({
  row: ++row,
  date: '2026-03-05',
  amountCents: 150_000,
  currency: 'EUR',
  label: '',
  counterparty: null,
  reference: null,
  source: 'csv',
  ...over,
});

const invoices: OpenInvoice[] = [
  inv({ id: 'a', number: 'F-2026-014' }),
  inv({ id: 'b', number: 'F-2026-015', outstandingCents: 60_000, dueDate: '2026-02-20' }),
  inv({ id: 'c', number: 'F-2026-016', outstandingCents: 40_000, dueDate: '2026-02-25' }),
  inv({
    id: 'd',
    number: 'F-2026-021',
    clientId: 'c-dupont',
    clientName: 'Dupont Conseil SAS',
    outstandingCents: 84_050,
  }),
  inv({
    id: 'e',
    number: 'F-2026-030',
    clientId: 'c-bois',
    clientName: 'Bois et Fils',
    outstandingCents: 32_000,
    issueDate: '2026-03-12',
  }),
];

describe('matching credits to open invoices', () => {
  it('number and exact amount: sure', () => {
    const [p] = matchCredits([credit({ label: 'VIR SEPA RECU /MOTIF FACTURE F-2026-014' })], invoices);
    expect(p).toMatchObject({
      level: 'sure',
      reasons: ['number', 'amount'],
      allocations: [{ invoiceId: 'a', amountCents: 150_000 }],
    });
  });

  it('the number written differently (spaces, lower case, in the reference) still counts', () => {
    const [p] = matchCredits([credit({ label: 'VIREMENT', reference: 'f 2026 014' })], invoices);
    expect(p!.level).toBe('sure');
  });

  it('two numbers whose sum is the amount: sure, both paid', () => {
    const [p] = matchCredits(
      [credit({ amountCents: 100_000, label: 'FACT F-2026-015 ET F-2026-016' })],
      invoices,
    );
    expect(p).toMatchObject({ level: 'sure', reasons: ['number', 'sum', 'amount'] });
    expect(p!.allocations.map((a) => a.invoiceId)).toEqual(['b', 'c']);
  });

  it('number with a smaller amount: a likely partial payment', () => {
    const [p] = matchCredits([credit({ amountCents: 50_000, label: 'ACOMPTE F-2026-014' })], invoices);
    expect(p).toMatchObject({
      level: 'likely',
      reasons: ['number', 'partial'],
      allocations: [{ invoiceId: 'a', amountCents: 50_000 }],
    });
  });

  it('only the digits of the number (« 2026-021 » for F-2026-021): likely', () => {
    const [p] = matchCredits(
      [credit({ amountCents: 84_050, label: 'VIR DUPONT CONSEIL REF 2026-021' })],
      invoices,
    );
    expect(p).toMatchObject({
      level: 'likely',
      reasons: ['digits', 'amount'],
      allocations: [{ invoiceId: 'd' }],
    });
  });

  it('payer named and exact amount, no number: likely', () => {
    const [p] = matchCredits(
      [credit({ amountCents: 84_050, label: 'VIREMENT', counterparty: 'DUPONT CONSEIL' })],
      invoices,
    );
    expect(p).toMatchObject({
      level: 'likely',
      reasons: ['name', 'amount'],
      allocations: [{ invoiceId: 'd' }],
    });
  });

  it('payer named and the sum of several of its invoices: likely, each paid', () => {
    const [p] = matchCredits(
      [credit({ amountCents: 210_000, counterparty: 'ATELIER MERCIER SARL' })],
      invoices,
    );
    expect(p).toMatchObject({ level: 'likely', reasons: ['name', 'sum'] });
    expect(p!.allocations.map((a) => a.invoiceId).sort()).toEqual(['a', 'b']);
  });

  it('amount alone proves nothing: none, with the invoices of that amount as candidates', () => {
    const [p] = matchCredits([credit({ amountCents: 84_050, label: 'VIR INST' })], invoices);
    expect(p).toMatchObject({ level: 'none', allocations: [], candidates: ['d'] });
  });

  it('money received before the invoice was issued does not pay it', () => {
    const named = matchCredits(
      [credit({ date: '2026-03-01', amountCents: 32_000, counterparty: 'BOIS ET FILS' })],
      invoices,
    );
    expect(named[0]!.level).toBe('none');
    const numbered = matchCredits(
      [credit({ date: '2026-03-01', amountCents: 32_000, label: 'F-2026-030' })],
      invoices,
    );
    expect(numbered[0]).toMatchObject({ level: 'likely', reasons: ['number', 'before-invoice', 'amount'] });
  });

  it('another currency does not pay a euro invoice', () => {
    const [p] = matchCredits([credit({ currency: 'USD', label: 'F-2026-014' })], invoices);
    expect(p!.level).toBe('none');
  });

  it('debits are ignored; lines already recorded, or twice in the file, are proposed once at most', () => {
    const line = credit({ label: 'F-2026-014' });
    expect(matchCredits([credit({ amountCents: -5420 })], invoices)).toEqual([]);
    expect(matchCredits([line, { ...line, row: 99 }], invoices)).toHaveLength(1);
    expect(matchCredits([line], invoices, new Set([bankLineHash(line)]))).toEqual([]);
  });

  it('two credits for one invoice: the earlier one takes it, the other falls back to none', () => {
    const ps = matchCredits(
      [
        credit({ label: 'F-2026-014', date: '2026-03-07' }),
        credit({ label: 'ATELIER F-2026-014', date: '2026-03-06' }),
      ],
      invoices,
    );
    expect(ps.map((p) => p.level)).toEqual(['none', 'sure']);
    expect(ps[0]!.candidates).toContain('a');
  });

  it('a short invoice number is not found in dates of the label', () => {
    const [p] = matchCredits(
      [credit({ label: 'CB 12/03 CARREFOUR', amountCents: 1200 })],
      [inv({ id: 'z', number: '12', outstandingCents: 1200 })],
    );
    expect(p!.level).toBe('none');
  });

  it('the hash depends on date, amount, label and reference only', () => {
    const a = credit({ label: 'VIR  X', reference: 'R' });
    const same: BankLine = { ...a, row: 7, label: 'vir x', counterparty: 'Y' };
    expect(bankLineHash(a)).toBe(bankLineHash(same));
    expect(bankLineHash(a)).not.toBe(bankLineHash({ ...a, amountCents: 1 }));
    expect(bankLineHash(a)).not.toBe(bankLineHash({ ...a, reference: null }));
  });
});
