import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodePdfJs, nodeXmlParser } from '../../../core/extract/node';
import { extractFromPdf, openPdf, pdfText } from '../../../core/extract/pdf';
import { extractFromText } from '../../../core/extract/text';
import { PDF_INVOICES } from '../../fixtures/extract/pdf-invoices';

const FACTURX = 'tests/fixtures/extract/einvoice/akretion-factur-x/invoice_EN16931.pdf';
const OWN = 'tests/fixtures/extract/pdf';
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

async function extract(bytes: Uint8Array) {
  return extractFromPdf(bytes, { pdfjs: await nodePdfJs(), xmlParser: nodeXmlParser() });
}

describe('extractFromPdf', () => {
  it('reads the Factur-X XML embedded in a PDF/A-3, not its text', async () => {
    const result = await extract(bytesOf(FACTURX));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.format).toBe('facturx');
    const { invoice } = result;
    expect(invoice.number?.value).toBe('F20260023');
    expect(invoice.issueDate?.value).toBe('2026-01-31');
    expect(invoice.dueDate?.value).toBe('2026-03-02');
    expect(invoice.totalCents?.value).toBe(10490);
    expect(invoice.currency?.value).toBe('EUR');
    expect(invoice.sellerName?.value).toBe('LE FOURNISSEUR');
    expect(invoice.buyerName?.value).toBe('LE CLIENT');
    expect(invoice.buyerEmail?.value).toBe('me@buyer.com');
    expect(invoice.number?.source).toBe('facturx');
  });

  it('its visible text alone gives the same key fields', async () => {
    const doc = await openPdf(bytesOf(FACTURX), await nodePdfJs());
    if ('error' in doc) throw new Error(doc.error);
    const invoice = extractFromText(await pdfText(doc));
    await doc.destroy();
    expect(invoice.number?.value).toBe('F20260023');
    expect(invoice.issueDate?.value).toBe('2026-01-31');
    expect(invoice.dueDate?.value).toBe('2026-03-02');
    expect(invoice.totalCents?.value).toBe(10490);
    expect(invoice.amountDueCents?.value).toBe(10490);
    expect(invoice.currency?.value).toBe('EUR');
    expect(invoice.mentionsIndemnity?.value).toBe(true);
  });

  it.each(PDF_INVOICES)('reads the text layer of $file', async ({ file, truth }) => {
    const result = await extract(bytesOf(join(OWN, file)));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.format).toBe('text');
    const got = Object.fromEntries(
      Object.keys(truth).map((k) => [k, result.invoice[k as keyof typeof result.invoice]?.value ?? null]),
    );
    expect(got).toEqual(truth);
  });

  it('refuses encrypted, damaged, empty and oversized PDFs cleanly', async () => {
    const code = async (bytes: Uint8Array) => {
      const r = await extract(bytes);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(await code(bytesOf(join(OWN, 'encrypted.pdf')))).toBe('encrypted');
    expect(await code(bytesOf(FACTURX).slice(0, 4000))).toBe('corrupted');
    expect(await code(new TextEncoder().encode('%PDF-1.7\nthis is not a pdf'))).toBe('corrupted');
    expect(await code(new Uint8Array())).toBe('empty');
    expect(await code(new Uint8Array(20 * 1024 * 1024 + 1))).toBe('too_large');
  });

  it('leaves the caller its bytes (pdf.js detaches what it is given)', async () => {
    const bytes = bytesOf(join(OWN, 'fr-avoir.pdf'));
    await extract(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
  });
});
