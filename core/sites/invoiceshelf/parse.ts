import { dateOf, firstLine, moneyOf, textOf } from '../invoice-page/read';
import type { SiteAdapter, SiteInvoice } from '../invoice-page/types';
import { SHELF } from './selectors';

export function parseInvoiceShelf(doc: Document): SiteInvoice | null {
  // Labels are translated (@lang): the rows are read by position, as the template orders them.
  const rows = Array.from(doc.querySelectorAll(SHELF.detailRows)).map((r) =>
    textOf(r.querySelector(SHELF.value)),
  );
  const number = rows[0] ?? null;
  if (!number) return null;
  const totals = Array.from(doc.querySelectorAll(SHELF.totalValue));
  const total = moneyOf(textOf(totals.at(-1)));
  const billing = doc.querySelector(SHELF.billing);
  const billTo = textOf(billing?.querySelector('b'));
  return {
    app: 'invoiceshelf',
    number,
    issueDate: dateOf(rows[1] ?? null),
    dueDate: dateOf(rows[2] ?? null),
    totalCents: total?.cents ?? null,
    // The page shows the total only; what remains due is the total until the user says otherwise.
    amountDueCents: null,
    currency: total?.currency ?? null,
    buyerName: firstLine(billing, (line) => line === billTo),
    buyerEmail: null,
    sellerName: firstLine(doc.querySelector(SHELF.company)),
    paid: false,
  };
}

export const invoiceShelf: SiteAdapter = {
  id: 'invoiceshelf',
  name: 'InvoiceShelf / Crater',
  hosts: [],
  isInvoicePage: (url, doc) => SHELF.path.test(url.pathname) && doc.querySelector(SHELF.detailRows) !== null,
  parse: parseInvoiceShelf,
};
