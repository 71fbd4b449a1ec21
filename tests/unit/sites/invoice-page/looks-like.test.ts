import { describe, expect, it } from 'vitest';
import { looksLikeInvoicePage } from '../../../../core/sites/invoice-page/looks-like';

const page = (url: string, title = '') => ({ url, title });

describe('whether the active tab looks like an invoice (the popup offers « Détecter » only then)', () => {
  it('says yes for the invoice pages of the apps we read, by their path', () => {
    expect(looksLikeInvoicePage(page('https://factures.lumen.test/invoices/pdf/a1b2c3d4?preview'))).toBe(
      true,
    );
    expect(looksLikeInvoicePage(page('https://acme.odoo.com/my/invoices/42?access_token=x'))).toBe(true);
    expect(looksLikeInvoicePage(page('https://demo.invoicing.co/client/invoice/AbC123'))).toBe(true);
    expect(
      looksLikeInvoicePage(
        page('https://erp.example.fr/public/payment/newpayment.php?source=invoice&ref=FA1'),
      ),
    ).toBe(true);
  });

  it('says yes for a hosted invoice page, and for « facture » or "invoice" in the path or the title', () => {
    expect(looksLikeInvoicePage(page('https://invoice.stripe.com/i/acct_1/live_x'))).toBe(true);
    expect(looksLikeInvoicePage(page('https://app.exemple.fr/mes-factures/2026-031'))).toBe(true);
    expect(looksLikeInvoicePage(page('https://app.example.com/view', 'Invoice #1042 — Studio Nord'))).toBe(
      true,
    );
    expect(looksLikeInvoicePage(page('https://outil.fr/doc/88', 'Facture F-2026-001'))).toBe(true);
    expect(looksLikeInvoicePage(page('https://outil.de/beleg/88', 'Rechnung 2026-17'))).toBe(true);
  });

  it('says no for everyday pages, Gmail, the extension’s own pages and unreadable ones', () => {
    expect(looksLikeInvoicePage(page('https://www.lemonde.fr/economie/', 'Économie — Le Monde'))).toBe(false);
    expect(looksLikeInvoicePage(page('https://mail.google.com/mail/u/0/#inbox', 'Facture F-1 - Gmail'))).toBe(
      false,
    );
    expect(looksLikeInvoicePage(page('chrome-extension://abc/popup.html', 'Facture'))).toBe(false);
    expect(looksLikeInvoicePage(page('chrome://newtab/', 'Nouvel onglet'))).toBe(false);
    expect(looksLikeInvoicePage(page('not a url', 'Facture'))).toBe(false);
    expect(looksLikeInvoicePage(null)).toBe(false);
    // A word inside another is not the word: « facturation » settings, "invoiced" blog posts.
    expect(looksLikeInvoicePage(page('https://app.fr/parametres/facturation', 'Paramètres'))).toBe(false);
  });
});
