/** The invoicing apps whose public invoice pages we read, in the order they are tried. */
import { dolibarr } from '../dolibarr/parse';
import { invoiceNinja } from '../invoiceninja/parse';
import { invoiceShelf } from '../invoiceshelf/parse';
import { odoo } from '../odoo/parse';
import type { SiteAdapter, SiteInvoice } from './types';

export const INVOICE_APPS: readonly SiteAdapter[] = [invoiceNinja, invoiceShelf, odoo, dolibarr];

/** The invoice of this page, from the first app that recognises it; null when none does. */
export function readInvoicePage(url: URL, doc: Document): SiteInvoice | null {
  for (const app of INVOICE_APPS) {
    if (!app.isInvoicePage(url, doc)) continue;
    try {
      const invoice = app.parse(doc);
      if (invoice) return invoice;
    } catch {
      // A layout we do not know: stay silent on this page.
    }
  }
  return null;
}

/** Every match pattern of the apps' hosted offers: wxt.config.ts asks for them as optional hosts. */
export const HOSTED_PATTERNS = INVOICE_APPS.flatMap((a) => a.hosts);
