import { inputValue, moneyOf, textOf } from '../invoice-page/read';
import type { SiteAdapter, SiteInvoice } from '../invoice-page/types';
import { NINJA } from './selectors';

/** « Invoice # INV-0042 - Unpaid » → INV-0042: the number is the last word before the status. */
export function numberFromHeading(heading: string | null): { number: string | null; status: string | null } {
  if (!heading) return { number: null, status: null };
  const cut = heading.lastIndexOf(' - ');
  const head = cut > 0 ? heading.slice(0, cut) : heading;
  const number = head.trim().split(/\s+/).at(-1) ?? null;
  return {
    number: number && /\d/.test(number) ? number : null,
    status: cut > 0 ? heading.slice(cut + 3).trim() : null,
  };
}

export function parseInvoiceNinja(doc: Document): SiteInvoice | null {
  const heading = textOf(doc.querySelector(NINJA.heading));
  const { number } = numberFromHeading(heading);
  if (!number) return null;
  const payable = doc.querySelector(NINJA.paymentForm) !== null;
  const due = payable ? moneyOf(inputValue(doc, NINJA.payableAmount)) : null;
  return {
    app: 'invoiceninja',
    number,
    issueDate: null,
    dueDate: null,
    totalCents: null,
    amountDueCents: due?.cents ?? null,
    currency: due?.currency ?? null,
    buyerName: null,
    buyerEmail: null,
    sellerName: null,
    // Without the payment form, the portal says the invoice is not payable (paid or cancelled).
    paid: !payable,
  };
}

export const invoiceNinja: SiteAdapter = {
  id: 'invoiceninja',
  name: 'Invoice Ninja',
  hosts: ['https://*.invoicing.co/*'],
  isInvoicePage: (url, doc) => NINJA.path.test(url.pathname) && doc.querySelector(NINJA.heading) !== null,
  parse: parseInvoiceNinja,
};
