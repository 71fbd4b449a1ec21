// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readInvoicePage } from '../../../../core/sites/invoice-page';
import { SiteInvoiceSchema } from '../../../../core/sites/invoice-page/schema';
import { parseOdoo } from '../../../../core/sites/odoo/parse';
import { loadPage } from '../invoice-page/load';

describe('Odoo customer portal', () => {
  it('reads the name, the total, what is left to pay and the due date from the sidebar', () => {
    const invoice = parseOdoo(loadPage('odoo/my-invoice.html'));
    expect(SiteInvoiceSchema.parse(invoice)).toMatchObject({
      app: 'odoo',
      number: 'INV/2026/00031',
      totalCents: 360000,
      amountDueCents: 260000,
      currency: 'EUR',
      dueDate: '2026-03-20',
      paid: false,
    });
  });

  it('says an invoice without a due-date countdown nor a balance is paid', () => {
    const doc = loadPage('odoo/my-invoice.html');
    for (const el of doc.querySelectorAll('.alert, .o_portal_sidebar_timeago')) el.remove();
    expect(parseOdoo(doc)).toMatchObject({ paid: true, amountDueCents: null });
  });

  it('is recognised on /my/invoices/<id> only', () => {
    const doc = loadPage('odoo/my-invoice.html');
    expect(readInvoicePage(new URL('https://acme.odoo.com/my/invoices/31?access_token=t'), doc)?.app).toBe(
      'odoo',
    );
    expect(readInvoicePage(new URL('https://acme.odoo.com/my/orders/31'), doc)).toBeNull();
  });
});
