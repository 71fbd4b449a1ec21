// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseDolibarr } from '../../../../core/sites/dolibarr/parse';
import { readInvoicePage } from '../../../../core/sites/invoice-page';
import { SiteInvoiceSchema } from '../../../../core/sites/invoice-page/schema';
import { loadPage } from '../invoice-page/load';

describe('Dolibarr public payment page', () => {
  it('reads the invoice ref, what remains to pay, the customer and the creditor', () => {
    const invoice = parseDolibarr(loadPage('dolibarr/newpayment-invoice.html'));
    expect(SiteInvoiceSchema.parse(invoice)).toEqual({
      app: 'dolibarr',
      number: 'FA2602-0015',
      issueDate: null,
      dueDate: null,
      totalCents: null,
      amountDueCents: 125040,
      currency: 'EUR',
      buyerName: 'Cabinet Verdier',
      buyerEmail: 'compta@cabinet-verdier.fr',
      sellerName: 'Menuiserie Roux',
      paid: false,
    });
  });

  it('ignores the payment page of an order', () => {
    const doc = loadPage('dolibarr/newpayment-invoice.html');
    doc.querySelector('input[name="s"]')!.setAttribute('value', 'order');
    expect(parseDolibarr(doc)).toBeNull();
  });

  it('is recognised on the public payment page', () => {
    const doc = loadPage('dolibarr/newpayment-invoice.html');
    const url = new URL(
      'https://erp.menuiserie-roux.fr/public/payment/newpayment.php?source=invoice&ref=FA2602-0015',
    );
    expect(readInvoicePage(url, doc)?.app).toBe('dolibarr');
  });
});
