import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../core/extract/errors';
import { nodePdfJs, nodeXmlParser } from '../../../core/extract/node';
import { extractFromPdf } from '../../../core/extract/pdf';
import { crossCheck, payeeIban } from '../../../core/extract/pdf-check';
import { EMPTY_EXTRACTION } from '../../../core/extract/types';
import { forgedFacturX, XML } from './facturx-forge';

const read = async (bytes: Uint8Array) =>
  extractFromPdf(bytes, { pdfjs: await nodePdfJs(), xmlParser: nodeXmlParser() });

function ok(r: ExtractionResult) {
  if (!r.ok) throw new Error(r.error.code);
  return r;
}

describe('a Factur-X PDF: embedded XML against the visible page', () => {
  it('[pdf] the akretion sample (page and XML agree) reports nothing', async () => {
    const r = ok(
      await read(
        new Uint8Array(readFileSync('tests/fixtures/extract/einvoice/akretion-factur-x/invoice_EN16931.pdf')),
      ),
    );
    expect(r.format).toBe('facturx');
    expect(r.disagreements).toEqual([]);
  });

  it('[pdf] a page drawn to agree reports nothing', async () => {
    const r = ok(await read(await forgedFacturX()));
    expect(r.format).toBe('facturx');
    expect(r.disagreements).toEqual([]);
  });

  const CASES = [
    ['number', { number: 'F20269999' }, { field: 'number', xml: 'F20260023', page: 'F20269999' }],
    ['total', { total: '1 049,00' }, { field: 'totalCents', xml: '10490', page: '104900' }],
    ['due date', { due: '02/04/2026' }, { field: 'dueDate', xml: '2026-03-02', page: '2026-04-02' }],
    [
      'IBAN',
      { iban: 'FR76 3000 6000 0112 3456 7890 189' },
      {
        field: 'iban',
        xml: 'FR20125425472569854258746 98'.replace(' ', ''),
        page: 'FR7630006000011234567890189',
      },
    ],
  ] as const;
  for (const [label, page, expected] of CASES) {
    it(`[pdf] the page shows another ${label}: reported, the XML's value is the one taken`, async () => {
      const r = ok(await read(await forgedFacturX(page)));
      expect(r.format).toBe('facturx');
      expect(r.disagreements).toContainEqual(expected);
      expect(r.invoice.number?.value).toBe('F20260023');
      expect(r.invoice.totalCents?.value).toBe(10490);
      expect(r.invoice.dueDate?.value).toBe('2026-03-02');
    });
  }

  it('[pdf] the XML carries another IBAN than the page: reported', async () => {
    const xml = XML.replace('FR20 1254 2547 2569 8542 5874 698', 'GB33 BUKB 2020 1555 5555 55');
    const r = ok(await read(await forgedFacturX({}, xml)));
    expect(r.disagreements).toEqual([
      { field: 'iban', xml: 'GB33BUKB20201555555555', page: 'FR2012542547256985425874698' },
    ]);
  });

  it('[pdf] everything forged at once: every field listed', async () => {
    const r = ok(
      await read(
        await forgedFacturX({
          number: 'X-1',
          total: '9 999,00',
          due: '01/01/2027',
          iban: 'FR76 1111 2222 3333 4444 5555 666',
        }),
      ),
    );
    expect(r.disagreements?.map((d) => d.field).sort()).toEqual(
      ['amountDueCents', 'dueDate', 'iban', 'number', 'totalCents'].sort(),
    );
  });
});

describe('crossCheck: no false alarm when the page reader misreads', () => {
  const xml = { ...EMPTY_EXTRACTION, number: { value: 'F-42', source: 'facturx' as const } };
  it('[pdf] the reader picked another number but the XML number is printed on the page', () => {
    const page = { ...EMPTY_EXTRACTION, number: { value: 'BC-7', source: 'text' as const } };
    expect(crossCheck(xml, '', page, 'Commande BC-7\nFacture F-42')).toEqual([]);
  });
  it('[pdf] amounts and dates in other spellings count as shown', () => {
    const x = {
      ...EMPTY_EXTRACTION,
      totalCents: { value: 150_000, source: 'facturx' as const },
      dueDate: { value: '2026-03-02', source: 'facturx' as const },
    };
    const page = {
      ...EMPTY_EXTRACTION,
      totalCents: { value: 1, source: 'text' as const },
      dueDate: { value: '2026-01-01', source: 'text' as const },
    };
    for (const text of [
      '1 500,00 € — 2 mars 2026',
      '1.500,00 EUR 02.03.2026',
      '1,500.00 March 2, 2026',
      '1500.00 2026-03-02',
    ])
      expect(crossCheck(x, '', page, text), text).toEqual([]);
    expect(crossCheck(x, '', page, '15 000,00 — 3 mars 2026').map((d) => d.field)).toEqual([
      'totalCents',
      'dueDate',
    ]);
  });
  it('[pdf] the payee IBAN is read from CII and UBL, never the debtor’s', () => {
    expect(payeeIban(XML)).toBe('FR2012542547256985425874698');
    expect(payeeIban('<cac:PayeeFinancialAccount><cbc:ID>FR76 3000 6000 0112</cbc:ID>')).toBe(
      'FR76300060000112',
    );
    expect(payeeIban('<ram:PayerPartyDebtorFinancialAccount><ram:IBANID>FRDEBIT</ram:IBANID>')).toBeNull();
  });
});
