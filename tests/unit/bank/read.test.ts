import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { creditsOf, decodeStatement, readStatement } from '../../../core/bank';
import { CsvMappingSchema } from '../../../core/bank/mapping';
import { parseBankAmount, parseBankDate } from '../../../core/bank/values';
import { nodeXmlParser } from '../../../core/extract/node';

const dir = join(import.meta.dirname, '../../fixtures/bank');
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const read = (name: string, mappings = []) =>
  readStatement(bytes(name), { xmlParser: nodeXmlParser(), mappings });

/** What every bank sample says: two credits and a card payment. */
const MERCIER = { date: '2026-03-05', amountCents: 150_000, currency: 'EUR' };
const DUPONT = { date: '2026-03-10', amountCents: 84_050, currency: 'EUR' };

describe('bank CSV profiles, one per bank', () => {
  const banks: [string, string][] = [
    ['bnp-paribas.csv', 'bnp-paribas'],
    ['societe-generale.csv', 'societe-generale'],
    ['credit-agricole.csv', 'credit-agricole'],
    ['credit-mutuel-cic.csv', 'credit-mutuel-cic'],
    ['credit-mutuel-cic-utf8-bom.csv', 'credit-mutuel-cic'],
    ['la-banque-postale.csv', 'la-banque-postale'],
    ['boursorama.csv', 'boursorama'],
    ['shine.csv', 'shine'],
    ['qonto.csv', 'qonto'],
    ['n26.csv', 'n26'],
    ['n26-2023.csv', 'n26-2023'],
    ['n26-2023-fr.csv', 'n26-2023-fr'],
    ['revolut.csv', 'revolut'],
    ['revolut-business.csv', 'revolut-business'],
  ];
  for (const [file, format] of banks) {
    it(`${file}: recognised as ${format}, both credits and the debit read`, () => {
      const result = read(file);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.format).toBe(format);
      const byDate = [...result.lines].sort((a, b) => a.date.localeCompare(b.date));
      expect(byDate).toHaveLength(3);
      expect(byDate[0]).toMatchObject({ ...MERCIER, source: 'csv' });
      expect(byDate[1]!.amountCents).toBe(-5420);
      expect(byDate[2]).toMatchObject(DUPONT);
      // The invoice numbers survive in the label or the reference, accents decoded.
      const text = (l: (typeof byDate)[number]) => `${l.label} ${l.reference ?? ''}`;
      expect(text(byDate[0]!)).toContain('F-2026-014');
      expect(text(byDate[2]!)).toContain('2026-021');
      expect(byDate.map(text).join(' ')).not.toContain('\ufffd');
      expect(creditsOf(result).map((l) => l.amountCents)).toEqual(
        result.lines.filter((l) => l.amountCents > 0).map((l) => l.amountCents),
      );
    });
  }

  it('Crédit Agricole: a label over three lines becomes one line, and rows keep their file line', () => {
    const result = read('credit-agricole.csv');
    if (!result.ok) throw new Error(result.error.message);
    const mercier = result.lines.find((l) => l.amountCents === 150_000)!;
    expect(mercier.label).toBe('VIREMENT EN VOTRE FAVEUR ATELIER MERCIER FACTURE F-2026-014');
    expect(mercier.row).toBe(10);
    expect(result.lines.find((l) => l.amountCents === -5420)!.row).toBe(13);
  });

  it('payers named apart from the label where the bank gives them', () => {
    const shine = read('shine.csv');
    const qonto = read('qonto.csv');
    if (!shine.ok || !qonto.ok) throw new Error('unreadable');
    expect(shine.lines[0]!.counterparty).toBe('ATELIER MERCIER');
    expect(qonto.lines[0]).toMatchObject({
      counterparty: 'ATELIER MERCIER',
      reference: 'FACTURE F-2026-014',
    });
  });

  it('Windows-1252 and UTF-8 with BOM decode to the same text', () => {
    const latin = decodeStatement(bytes('credit-mutuel-cic.csv'));
    const bom = decodeStatement(bytes('credit-mutuel-cic-utf8-bom.csv'));
    expect(latin.encoding).toBe('windows-1252');
    expect(bom.encoding).toBe('utf-8');
    expect(bom.text).toBe(latin.text);
    expect(decodeStatement(bytes('credit-agricole.csv')).text).toContain('2 286,30 €');
  });
});

describe('OFX and CAMT.053', () => {
  it('OFX: credits and debits with their labels; a French comma amount is read exactly', () => {
    const result = read('releve.ofx');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.format).toBe('ofx');
    expect(result.lines.map((l) => [l.date, l.amountCents, l.source])).toEqual([
      ['2026-03-05', 150_000, 'ofx'],
      ['2026-03-06', -5420, 'ofx'],
      ['2026-03-10', 84_050, 'ofx'],
    ]);
    expect(result.lines[0]!.label).toBe('VIR SEPA RECU /DE ATELIER MERCIER · /MOTIF FACTURE F-2026-014');
  });

  it('CAMT.053: booked entries only, a batch split per transaction with payer and reference', () => {
    const result = read('releve.camt053.xml');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.lines.map((l) => [l.date, l.amountCents, l.counterparty, l.reference])).toEqual([
      ['2026-03-05', 150_000, 'ATELIER MERCIER SARL', null],
      ['2026-03-06', -5420, null, null],
      ['2026-03-10', 84_050, 'DUPONT CONSEIL', '2026-021'],
      ['2026-03-10', 50_000, 'BOIS ET FILS', null],
    ]);
    expect(result.lines[0]!.label).toBe('FACTURE F-2026-014 · VIR SEPA RECU');
  });

  it('CAMT.053 that is not well-formed, or another XML: refused with the reason', () => {
    const broken = readStatement(new TextEncoder().encode('<Document><BkToCstmrStmt><Stmt>'), {
      xmlParser: nodeXmlParser(),
    });
    expect(broken).toMatchObject({ ok: false, error: { code: 'malformed' } });
    const other = readStatement(new TextEncoder().encode('<?xml version="1.0"?><Invoice/>'), {
      xmlParser: nodeXmlParser(),
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'unknown-format' } });
  });

  it('OFX with a broken amount names the transaction and the field', () => {
    const text = readFileSync(join(dir, 'releve.ofx'), 'latin1').replace('<TRNAMT>840,50', '<TRNAMT>huit');
    const result = readStatement(new TextEncoder().encode(text), { xmlParser: nodeXmlParser() });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-amount', row: 3, field: 'TRNAMT' } });
  });
});

describe('bad files: a clear error naming the row and the field, no lines', () => {
  it('a date that does not exist', () => {
    const result = read('malformed-date.csv');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad-date', row: 3, field: 'Date', value: '31/02/2026' },
    });
    if (!result.ok)
      expect(result.error.message).toBe('ligne 3, colonne « Date » : date illisible (« 31/02/2026 »)');
  });

  it('an amount in words', () => {
    expect(read('malformed-amount.csv')).toMatchObject({
      ok: false,
      error: { code: 'bad-amount', row: 3, field: 'amount', value: 'douze euros' },
    });
  });

  it('an empty file, and a file with no table', () => {
    expect(readStatement(new Uint8Array(), { xmlParser: nodeXmlParser() })).toMatchObject({
      ok: false,
      error: { code: 'empty' },
    });
    expect(
      readStatement(new TextEncoder().encode('bonjour\nau revoir\n'), { xmlParser: nodeXmlParser() }),
    ).toMatchObject({
      ok: false,
      error: { code: 'unknown-format' },
    });
  });
});

describe('a bank no profile knows: mapped once, then read by its shape', () => {
  it('asks for a mapping with the header and a sample, then reads with it', () => {
    const first = read('unknown-bank.csv');
    if (first.ok || first.error.code !== 'needs-mapping') throw new Error('expected needs-mapping');
    expect(first.header?.columns).toEqual(['Date opé', 'Montant', 'Nature', 'Libellé opération']);
    expect(first.header?.sample[0]).toEqual([
      '05/03/2026',
      '1500,00',
      'Virement',
      'VIR ATELIER MERCIER FACTURE F-2026-014',
    ]);
    const mapping = CsvMappingSchema.parse({
      signature: first.header!.signature,
      date: 0,
      amount: 1,
      label: [3],
    });
    const again = readStatement(bytes('unknown-bank.csv'), {
      xmlParser: nodeXmlParser(),
      mappings: [mapping],
    });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.format).toBe('mapping');
    expect(again.lines.map((l) => l.amountCents)).toEqual([150_000, -5420, 84_050]);
  });

  it('a mapping without an amount nor debit and credit is refused', () => {
    expect(CsvMappingSchema.safeParse({ signature: 'a|b', date: 0, label: [1] }).success).toBe(false);
  });
});

describe('values as banks write them', () => {
  it('dates', () => {
    expect(parseBankDate('15/03/2026')).toBe('2026-03-15');
    expect(parseBankDate('15-03-2026 10:32:11')).toBe('2026-03-15');
    expect(parseBankDate('15.03.26')).toBe('2026-03-15');
    expect(parseBankDate('2026-03-15T10:32:11Z')).toBe('2026-03-15');
    expect(parseBankDate('20260315120000[+1:CET]')).toBe('2026-03-15');
    expect(parseBankDate('29/02/2026')).toBeNull();
    expect(parseBankDate('mars')).toBeNull();
  });

  it('amounts', () => {
    expect(parseBankAmount('1 234,56', ',')).toBe(123_456);
    expect(parseBankAmount('+1.234,56', ',')).toBe(123_456);
    expect(parseBankAmount('1234,56-', ',')).toBe(-123_456);
    expect(parseBankAmount('(54,20)', ',')).toBe(-5420);
    expect(parseBankAmount('1,234.56 EUR', '.')).toBe(123_456);
    expect(parseBankAmount('-54.2', '.')).toBe(-5420);
    expect(parseBankAmount('12.5000', '.')).toBe(1250);
    expect(parseBankAmount('840,50', '.')).toBe(84_050);
    expect(parseBankAmount('1,5,0', ',')).toBeNull();
    expect(parseBankAmount('12.345', '.')).toBeNull();
    expect(parseBankAmount('douze', ',')).toBeNull();
  });
});
