import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../core/extract/errors';
import { extractFromPage, type PageExtraction } from '../../../core/extract/html';
import { nodePdfJs, nodeXmlParser } from '../../../core/extract/node';
import { extractFromPdf } from '../../../core/extract/pdf';
import { ExtractedInvoiceSchema } from '../../../core/extract/schema';
import { extractFromXml } from '../../../core/extract/xml';
import { checkSnapshot } from '../../../core/sites/invoice-page/snapshot';
import { HOSTILE_STRINGS } from './harness';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const UBL = readFileSync(join(FIXTURES, 'extract/einvoice/cen-en16931/ubl/ubl-tc434-example1.xml'), 'utf8');
const PDF = new Uint8Array(readFileSync(join(FIXTURES, 'gmail/pdf/facture-pdf.pdf')));
const CODES = [
  'empty',
  'too_large',
  'doctype',
  'malformed',
  'order',
  'not_an_invoice',
  'encrypted',
  'corrupted',
  'nothing_found',
];

/** Either an invoice every field of which is valid, or a known error code. */
function expectClean(result: ExtractionResult | PageExtraction) {
  if (result.ok) ExtractedInvoiceSchema.parse(result.invoice);
  else expect(CODES).toContain(result.error.code);
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('hostile e-invoice XML', () => {
  const number = /<cbc:ID>[^<]*<\/cbc:ID>/;
  const VARIANTS: readonly [string, string][] = [
    ...HOSTILE_STRINGS.map(([l, v]): [string, string] => [
      `number ${l}`,
      UBL.replace(number, `<cbc:ID>${v.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</cbc:ID>`),
    ]),
    [
      'external entity',
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${UBL.replace(/^<\?xml[^>]*>/, '').replace(number, '<cbc:ID>&e;</cbc:ID>')}`,
    ],
    [
      'billion laughs',
      `<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><x>&b;</x>`,
    ],
    ['doctype in lower case', `<!doctype x>${UBL}`],
    ['CDATA script', UBL.replace(number, '<cbc:ID><![CDATA[<script>1</script>]]></cbc:ID>')],
    [
      'huge amount',
      UBL.replace(/<cbc:PayableAmount([^>]*)>[^<]*</, '<cbc:PayableAmount$1>99999999999999999999999<'),
    ],
    ['negative amount', UBL.replace(/<cbc:PayableAmount([^>]*)>[^<]*</, '<cbc:PayableAmount$1>-1500.00<')],
    ['amount NaN', UBL.replace(/<cbc:PayableAmount([^>]*)>[^<]*</, '<cbc:PayableAmount$1>NaN<')],
    ['due date 1900', UBL.replace(/<cbc:DueDate>[^<]*</, '<cbc:DueDate>1900-01-01<')],
    ['due date nonsense', UBL.replace(/<cbc:DueDate>[^<]*</, '<cbc:DueDate>2026-02-30<')],
    ['not closed', UBL.slice(0, UBL.length - 40)],
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['HTML page', '<html><body><h1>Invoice</h1></body></html>'],
    ['JSON', '{"Invoice":{"ID":"1"}}'],
    ['wrong root', '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>'],
    ['deep nesting', `${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}`],
    ['namespace trick', UBL.replace('urn:oasis:names:specification:ubl:schema:xsd:Invoice-2', 'urn:evil')],
    [
      'processing instruction',
      `<?xml-stylesheet href="javascript:alert(1)"?>${UBL.replace(/^<\?xml[^>]*>/, '')}`,
    ],
    ['over 20 MB', `<x>${'a'.repeat(21 * 1024 * 1024)}</x>`],
  ];
  for (const [label, xml] of VARIANTS) {
    it(`[xml] ${label}`, () => {
      const result = extractFromXml(xml, nodeXmlParser());
      expectClean(result);
      if (result.ok) expect(JSON.stringify(result.invoice)).not.toContain('root:');
    });
  }
  for (const [label, bytes] of [
    ['UTF-16 with BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from('<x/>', 'utf16le')])],
    ['random bytes', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['Latin-1 bytes', new Uint8Array(Buffer.from(UBL.replace(number, '<cbc:ID>Fé</cbc:ID>'), 'latin1'))],
  ] as const) {
    it(`[xml] bytes: ${label}`, () => expectClean(extractFromXml(bytes, nodeXmlParser())));
  }
});

describe('hostile PDFs', () => {
  const read = async (bytes: Uint8Array) =>
    extractFromPdf(bytes, { pdfjs: await nodePdfJs(), xmlParser: nodeXmlParser() });
  const flip = (at: number) => {
    const copy = PDF.slice();
    for (let i = at; i < Math.min(copy.length, at + 64); i++) copy[i] = copy[i]! ^ 0xff;
    return copy;
  };
  const CASES: readonly [string, () => Uint8Array][] = [
    ...[0.1, 0.3, 0.5, 0.7, 0.9].map((f): [string, () => Uint8Array] => [
      `truncated at ${f * 100} %`,
      () => PDF.slice(0, Math.floor(PDF.length * f)),
    ]),
    ...[0.05, 0.25, 0.5, 0.75, 0.95].map((f): [string, () => Uint8Array] => [
      `64 bytes flipped at ${f * 100} %`,
      () => flip(Math.floor(PDF.length * f)),
    ]),
    ['empty', () => new Uint8Array()],
    ['header only', () => new TextEncoder().encode('%PDF-1.7\n')],
    ['not a PDF', () => new TextEncoder().encode('MZ\u0090\u0000 this is an exe')],
    [
      'header then garbage',
      () =>
        new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n'), ...new Uint8Array(200_000).fill(0x41)]),
    ],
    ['over 20 MB', () => new Uint8Array(21 * 1024 * 1024)],
    ['hostile fixture', () => new Uint8Array(readFileSync(join(FIXTURES, 'gmail/pdf/hostile.pdf')))],
  ];
  for (const [label, make] of CASES) {
    it(`[pdf] ${label}`, async () => expectClean(await read(make())));
  }
});

describe('hostile web pages (JSON-LD, microdata, snapshots)', () => {
  const INVOICE = 'https://schema.org/Invoice';
  const jsonLd = (o: unknown) => extractFromPage({ text: '', jsonLd: [JSON.stringify(o)], microdata: [] });
  for (const [label, value] of HOSTILE_STRINGS) {
    it(`[page] JSON-LD number ${label}`, () => {
      const r = jsonLd({
        '@type': 'Invoice',
        confirmationNumber: value,
        totalPaymentDue: { price: 10, priceCurrency: 'EUR' },
      });
      expectClean(r);
    });
    it(`[page] microdata customer ${label}`, () => {
      expectClean(
        extractFromPage({
          text: '',
          jsonLd: [],
          microdata: [{ type: INVOICE, properties: { confirmationNumber: 'F-1', 'customer.name': value } }],
        }),
      );
    });
  }
  const BLOCKS: readonly [string, string][] = [
    ['__proto__ key', '{"@type":"Invoice","__proto__":{"polluted":true},"confirmationNumber":"F-1"}'],
    [
      'constructor key',
      '{"@type":"Invoice","constructor":{"prototype":{"polluted":true}},"confirmationNumber":"F-1"}',
    ],
    ['price as object', '{"@type":"Invoice","totalPaymentDue":{"price":{"valueOf":1}}}'],
    [
      'price 1e308',
      '{"@type":"Invoice","confirmationNumber":"F","totalPaymentDue":{"price":1e308,"priceCurrency":"EUR"}}',
    ],
    [
      'price negative',
      '{"@type":"Invoice","confirmationNumber":"F","totalPaymentDue":{"price":-5,"priceCurrency":"EUR"}}',
    ],
    [
      'currency script',
      '{"@type":"Invoice","confirmationNumber":"F","totalPaymentDue":{"price":5,"priceCurrency":"<b>"}}',
    ],
    ['type array', '{"@type":["Thing","Invoice"],"confirmationNumber":"F-2"}'],
    ['graph loop depth', `{"@graph":${'['.repeat(200)}{"@type":"Invoice"}${']'.repeat(200)}}`],
    ['broken JSON', '{"@type":"Invoice",'],
    ['huge block', `{"@type":"Invoice","confirmationNumber":"${'9'.repeat(2_000_000)}"}`],
    ['date 1900', '{"@type":"Invoice","confirmationNumber":"F","paymentDueDate":"1900-01-01"}'],
    ['date nonsense', '{"@type":"Invoice","confirmationNumber":"F","paymentDueDate":"2026-02-30"}'],
  ];
  for (const [label, block] of BLOCKS) {
    it(`[page] JSON-LD ${label}`, () =>
      expectClean(extractFromPage({ text: '', jsonLd: [block], microdata: [] })));
  }
  for (const path of [
    '__proto__.polluted',
    'a.__proto__.polluted',
    'constructor.prototype.polluted',
    'prototype.x',
    'customer.constructor.name',
  ]) {
    it(`[page] microdata path ${path}`, () => {
      expectClean(
        extractFromPage({
          text: '',
          jsonLd: [],
          microdata: [{ type: INVOICE, properties: { [path]: 'v', confirmationNumber: 'F-1' } }],
        }),
      );
    });
  }
  const SNAPSHOTS: readonly [string, unknown][] = [
    ['null', null],
    ['string', 'page'],
    ['numbers everywhere', { url: 1, title: 2, text: 3, jsonLd: 4, microdata: 5 }],
    ['huge text', { text: 'x'.repeat(3_000_000) }],
    ['thousands of blocks', { jsonLd: Array.from({ length: 5000 }, () => '{}') }],
    [
      'proto microdata',
      { microdata: [{ type: INVOICE, properties: JSON.parse('{"__proto__":{"polluted":1}}') }] },
    ],
    ['properties array', { microdata: [{ type: INVOICE, properties: ['a', 'b'] }] }],
  ];
  for (const [label, raw] of SNAPSHOTS) {
    it(`[page] snapshot ${label}`, () => {
      const snap = checkSnapshot(raw);
      expect(typeof snap.text).toBe('string');
      expect(snap.text.length).toBeLessThanOrEqual(2_000_000);
      expect(snap.jsonLd.length).toBeLessThanOrEqual(50);
      expectClean(extractFromPage(snap));
    });
  }
});

describe('offscreen PDF read has a deadline', () => {
  it('[pdf] a read that never answers times out', async () => {
    const { withTimeout } = await import('../../../core/timers');
    await expect(withTimeout(new Promise(() => {}), 50)).rejects.toBeInstanceOf(Error);
    await expect(withTimeout(Promise.resolve(1), 50)).resolves.toBe(1);
  });
});
