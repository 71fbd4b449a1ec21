// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readInvoicePage } from '../../../../core/sites/invoice-page';
import { SiteInvoiceSchema } from '../../../../core/sites/invoice-page/schema';
import { numberFromHeading, parseInvoiceNinja } from '../../../../core/sites/invoiceninja/parse';
import { loadPage } from '../invoice-page/load';

describe('Invoice Ninja client portal', () => {
  it('reads the number and the balance of a payable invoice (French portal)', () => {
    const invoice = parseInvoiceNinja(loadPage('invoiceninja/client-invoice.html'));
    expect(SiteInvoiceSchema.parse(invoice)).toMatchObject({
      app: 'invoiceninja',
      number: '2026-0042',
      amountDueCents: 216000,
      paid: false,
      dueDate: null,
    });
  });

  it('says a not-payable invoice is settled', () => {
    const invoice = parseInvoiceNinja(loadPage('invoiceninja/client-invoice-paid.html'));
    expect(invoice).toMatchObject({ number: 'INV-0017', paid: true, amountDueCents: null });
  });

  it('is recognised only on an invoice path of the portal', () => {
    const doc = loadPage('invoiceninja/client-invoice.html');
    expect(
      readInvoicePage(new URL('https://atelier.invoicing.co/client/invoices/Wpmbk5ezJn'), doc)?.app,
    ).toBe('invoiceninja');
    expect(readInvoicePage(new URL('https://atelier.invoicing.co/client/dashboard'), doc)).toBeNull();
  });

  it('finds the number whatever the language of the heading', () => {
    expect(numberFromHeading('Invoice # INV-0042 - Unpaid').number).toBe('INV-0042');
    expect(numberFromHeading('Rechnung Nr. 2026/17 - Offen').number).toBe('2026/17');
    expect(numberFromHeading('Invoice - Draft').number).toBeNull();
  });
});
