import { emailOf, inputValue, moneyOf, textOf } from '../invoice-page/read';
import type { SiteAdapter, SiteInvoice } from '../invoice-page/types';
import { DOLI } from './selectors';

export function parseDolibarr(doc: Document): SiteInvoice | null {
  if (inputValue(doc, DOLI.source) !== 'invoice') return null;
  const number = inputValue(doc, DOLI.ref);
  if (!number) return null;
  const rawAmount = inputValue(doc, DOLI.amount);
  const amount = moneyOf(rawAmount);
  const currency = inputValue(doc, DOLI.currency);
  // The customer's row is the one after the creditor's (which holds input[name=creditor]).
  const rows = Array.from(doc.querySelectorAll(DOLI.rows));
  const creditorRow = rows.findIndex((r) => r.querySelector('input[name="creditor"]'));
  const buyerRow = creditorRow >= 0 ? rows[creditorRow + 1] : undefined;
  const paid = rawAmount === null && doc.querySelector(DOLI.shownAmount) !== null;
  return {
    app: 'dolibarr',
    number,
    issueDate: null,
    dueDate: null,
    totalCents: paid ? (moneyOf(textOf(doc.querySelector(DOLI.shownAmount)))?.cents ?? null) : null,
    amountDueCents: amount?.cents ?? null,
    currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : (amount?.currency ?? null),
    buyerName: textOf(buyerRow?.querySelector('td:last-child b')),
    buyerEmail: emailOf(inputValue(doc, DOLI.email)),
    sellerName: inputValue(doc, DOLI.creditor),
    paid,
  };
}

export const dolibarr: SiteAdapter = {
  id: 'dolibarr',
  name: 'Dolibarr',
  // DoliCloud, Dolibarr's hosted offer; other instances are granted by their own origin.
  hosts: ['https://*.with.dolicloud.com/*'],
  isInvoicePage: (url, doc) => DOLI.path.test(url.pathname) && doc.querySelector(DOLI.form) !== null,
  parse: parseDolibarr,
};
