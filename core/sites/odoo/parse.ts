import { parseDate } from '../../dates';
import { moneyOf, textOf } from '../invoice-page/read';
import type { SiteAdapter, SiteInvoice } from '../invoice-page/types';
import { ODOO } from './selectors';

export function parseOdoo(doc: Document): SiteInvoice | null {
  if (!doc.querySelector(ODOO.sidebar)) return null;
  const number = textOf(doc.querySelector(ODOO.number));
  const total = moneyOf(textOf(doc.querySelector(ODOO.total)));
  if (!number || !total) return null;
  const left = moneyOf(textOf(doc.querySelector(ODOO.leftToPay)));
  const dueAttr = doc.querySelector(ODOO.dueDate)?.getAttribute('datetime') ?? '';
  const dueDate = parseDate(dueAttr.slice(0, 10));
  // The due-date countdown is drawn only while something is left to pay.
  const open = dueDate !== null || left !== null;
  return {
    app: 'odoo',
    number,
    issueDate: null,
    dueDate,
    totalCents: total.cents,
    amountDueCents: left?.cents ?? (open ? total.cents : null),
    currency: total.currency ?? left?.currency ?? null,
    buyerName: null,
    buyerEmail: null,
    sellerName: null,
    paid: !open,
  };
}

export const odoo: SiteAdapter = {
  id: 'odoo',
  name: 'Odoo',
  hosts: ['https://*.odoo.com/*'],
  isInvoicePage: (url, doc) => ODOO.path.test(url.pathname) && doc.querySelector(ODOO.sidebar) !== null,
  parse: parseOdoo,
};
