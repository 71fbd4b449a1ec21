/**
 * Whether the active tab looks like an invoice, from its address and title alone: the popup offers
 * « Détecter la facture sur cette page » only then (issue #20: it stood first on every page). A
 * cheap guess, no page access: the reading itself (snapshot, core/extract) runs on the click and
 * says plainly when it finds nothing. Imports constants only, so the popup loads it after its
 * first paint without the parsers.
 */
import { DOLI } from '../dolibarr/selectors';
import { NINJA } from '../invoiceninja/selectors';
import { SHELF } from '../invoiceshelf/selectors';
import { ODOO } from '../odoo/selectors';

export interface TabPage {
  url: string;
  title: string;
}

/** The public invoice pages of the apps we read (core/sites/*): their paths say it. */
const APP_PATHS = [DOLI.path, NINJA.path, SHELF.path, ODOO.path];

/**
 * Hosts whose pages are invoices by purpose. Stripe's hosted invoice page lives on
 * invoice.stripe.com (docs.stripe.com/invoicing/hosted-invoice-page).
 */
const INVOICE_HOSTS = [/(^|\.)invoice\.stripe\.com$/];

/**
 * The word « invoice » in the languages of the invoices we read (French, English, German, Spanish,
 * Italian, Dutch), as a whole word of the title or a segment of the path. « avoir » and « devis »
 * are not invoices to chase.
 */
const WORD =
  /(^|[^\p{L}])(factures?|invoices?|rechnung(en)?|facturas?|fatture|fattura|factuur|facturen)([^\p{L}]|$)/iu;

/** Pages that are never an invoicing page: Gmail has its own card, other schemes cannot be read. */
const NEVER = /^mail\.google\.com$/;

export function looksLikeInvoicePage(page: TabPage | null): boolean {
  if (!page) return false;
  let url: URL;
  try {
    url = new URL(page.url);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (NEVER.test(url.hostname)) return false;
  if (APP_PATHS.some((p) => p.test(url.pathname))) return true;
  if (INVOICE_HOSTS.some((h) => h.test(url.hostname))) return true;
  // Path segments split on / - _ . so that « /mes-factures/42 » and « invoice_2026.html » count.
  const path = decodeSafely(url.pathname).replace(/[/_.-]+/g, ' ');
  return WORD.test(path) || WORD.test(page.title);
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
