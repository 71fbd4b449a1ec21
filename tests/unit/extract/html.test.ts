// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromPage } from '../../../core/extract/html';
import { checkSnapshot, snapshotPage } from '../../../core/sites/invoice-page/snapshot';

const JSONLD_INVOICE = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebPage', name: 'Votre facture' },
    {
      '@type': 'Invoice',
      confirmationNumber: 'F-2026-014',
      paymentDueDate: '2026-04-15T00:00:00+02:00',
      totalPaymentDue: { '@type': 'PriceSpecification', price: 1250.5, priceCurrency: 'EUR' },
      customer: { '@type': 'Organization', name: 'Garage Lenoir', email: 'mailto:compta@lenoir.fr' },
      provider: { '@type': 'Person', name: 'Julie Perrin' },
    },
  ],
});

describe('extractFromPage', () => {
  it('reads a schema.org Invoice in JSON-LD before the text, and fills the rest from the text', () => {
    const result = extractFromPage({
      text: 'Facture F-9999\nDate de facture : 15/03/2026\nTotal TTC : 99,00 €',
      jsonLd: ['{ broken', JSONLD_INVOICE],
      microdata: [],
    });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.format).toBe('jsonld');
    const { invoice } = result;
    expect(invoice.number).toEqual({ value: 'F-2026-014', source: 'jsonld' });
    expect(invoice.amountDueCents).toEqual({ value: 125050, source: 'jsonld' });
    expect(invoice.totalCents).toEqual({ value: 125050, source: 'jsonld' });
    expect(invoice.currency?.value).toBe('EUR');
    expect(invoice.dueDate).toEqual({ value: '2026-04-15', source: 'jsonld' });
    expect(invoice.buyerName?.value).toBe('Garage Lenoir');
    expect(invoice.buyerEmail?.value).toBe('compta@lenoir.fr');
    expect(invoice.sellerName?.value).toBe('Julie Perrin');
    // Not in the JSON-LD: taken from the text.
    expect(invoice.issueDate).toEqual({ value: '2026-03-15', source: 'text' });
  });

  it('reads microdata when there is no JSON-LD invoice', () => {
    const result = extractFromPage({
      text: '',
      jsonLd: [JSON.stringify({ '@type': 'Organization', name: 'x' })],
      microdata: [
        {
          type: 'https://schema.org/Invoice',
          properties: {
            identifier: 'A-77',
            paymentDueDate: '2026-05-31',
            'totalPaymentDue.price': '1 500,00',
            'totalPaymentDue.priceCurrency': 'EUR',
            'customer.name': 'Mme Aubert',
          },
        },
      ],
    });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.format).toBe('microdata');
    expect(result.invoice.number).toEqual({ value: 'A-77', source: 'microdata' });
    expect(result.invoice.totalCents?.value).toBe(150000);
    expect(result.invoice.dueDate?.value).toBe('2026-05-31');
    expect(result.invoice.buyerName?.value).toBe('Mme Aubert');
  });

  it('falls back to the text heuristics, each field marked as such', () => {
    const result = extractFromPage({
      text: 'Facture n° 2026-031\nÉmise le 10/02/2026\nÀ régler avant le 12/03/2026\nTotal TTC 840,00 €',
      jsonLd: [],
      microdata: [],
    });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.format).toBe('text');
    expect(result.invoice.number).toEqual({ value: '2026-031', source: 'text' });
    expect(result.invoice.dueDate?.value).toBe('2026-03-12');
    expect(result.invoice.totalCents?.value).toBe(84000);
  });

  it('says so when a page shows no invoice', () => {
    const result = extractFromPage({ text: 'Bienvenue sur notre blog', jsonLd: [], microdata: [] });
    expect(result.ok).toBe(false);
  });
});

describe('snapshotPage (runs in the tab)', () => {
  it('returns the visible text, the JSON-LD blocks and the microdata of an Invoice', () => {
    document.title = 'Facture';
    document.body.innerHTML = `
      <h1>Facture</h1>
      <script type="application/ld+json">{"@type":"Invoice","confirmationNumber":"Z-1"}</script>
      <div itemscope itemtype="https://schema.org/Invoice">
        <span itemprop="identifier">M-12</span>
        <time itemprop="paymentDueDate" datetime="2026-06-30">30 juin</time>
        <div itemprop="customer" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Paul Bert</span></div>
        <div itemprop="totalPaymentDue" itemscope itemtype="https://schema.org/PriceSpecification">
          <meta itemprop="priceCurrency" content="EUR"><span itemprop="price">420.00</span>
        </div>
      </div>`;
    const snap = checkSnapshot(snapshotPage(document));
    expect(snap.jsonLd).toEqual(['{"@type":"Invoice","confirmationNumber":"Z-1"}']);
    expect(snap.microdata).toEqual([
      {
        type: 'https://schema.org/Invoice',
        properties: {
          identifier: 'M-12',
          paymentDueDate: '2026-06-30',
          'customer.name': 'Paul Bert',
          'totalPaymentDue.priceCurrency': 'EUR',
          'totalPaymentDue.price': '420.00',
        },
      },
    ]);
    expect(snap.text).toContain('Facture');
  });

  it('reads the InvoiceShelf fixture by its visible text alone', () => {
    const html = readFileSync(
      join(import.meta.dirname, '../../fixtures/sites/invoiceshelf/invoice-preview.html'),
      'utf8',
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    // biome-ignore lint/performance/useDomNodeTextContent: the tab sends innerText (laid-out text).
    const text = (doc.body as HTMLElement).innerText;
    const result = extractFromPage({ text, jsonLd: [], microdata: [] });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.invoice.number?.value).toBe('FA-2026-0107');
    expect(result.invoice.issueDate?.value).toBe('2026-02-02');
    expect(result.invoice.dueDate?.value).toBe('2026-03-04');
    expect(result.invoice.totalCents?.value).toBe(216000);
  });
});
