// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readInvoicePage } from '../../../../core/sites/invoice-page';
import { SiteInvoiceSchema } from '../../../../core/sites/invoice-page/schema';
import { parseInvoiceShelf } from '../../../../core/sites/invoiceshelf/parse';
import { loadPage } from '../invoice-page/load';

describe('InvoiceShelf / Crater invoice preview', () => {
  it('reads number, dates, total, client and seller from the invoice template', () => {
    const invoice = parseInvoiceShelf(loadPage('invoiceshelf/invoice-preview.html'));
    expect(SiteInvoiceSchema.parse(invoice)).toEqual({
      app: 'invoiceshelf',
      number: 'FA-2026-0107',
      issueDate: '2026-02-02',
      dueDate: '2026-03-04',
      totalCents: 216000,
      amountDueCents: null,
      currency: 'EUR',
      buyerName: 'Boulangerie Marchand SARL',
      buyerEmail: null,
      sellerName: 'Studio Lumen',
      paid: false,
    });
  });

  it('is recognised on /invoices/pdf/<hash> only', () => {
    const doc = loadPage('invoiceshelf/invoice-preview.html');
    expect(
      readInvoicePage(new URL('https://factures.example.fr/invoices/pdf/a1b2c3?preview'), doc)?.app,
    ).toBe('invoiceshelf');
    expect(readInvoicePage(new URL('https://factures.example.fr/admin/invoices'), doc)).toBeNull();
  });
});
