/**
 * Odoo customer portal, invoice page (`/my/invoices/<id>?access_token=…`). Facts read from
 * odoo/odoo addons/account/views/account_portal_templates.xml @ 0096690e (template
 * `portal_invoice_page`, confirmed 2026-02). The invoice body is the HTML report in
 * `iframe#invoice_html`; the sidebar carries the figures we need.
 */
export const ODOO = {
  path: /^\/my\/invoices\/\d+/,
  sidebar: '.o_portal_invoice_sidebar',
  /** `<h2><span t-field="invoice.amount_total"/></h2>` at the top of the sidebar. */
  total: '.o_portal_invoice_sidebar h2',
  /** « Left to Pay: <span>…</span> » shown only for partially paid invoices. */
  leftToPay: '.o_portal_invoice_sidebar .alert-warning span',
  /** `datetime` = next_due_date, shown only while not_paid or partial. */
  dueDate: '.o_portal_invoice_sidebar .o_portal_sidebar_timeago[datetime]',
  /** The breadcrumb's last item is the invoice name (its number). */
  number: 'ol.o_portal_submenu li.breadcrumb-item.active',
  report: 'iframe#invoice_html',
} as const;
