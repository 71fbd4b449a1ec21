/**
 * InvoiceShelf (and Crater, which it forked): the invoice as HTML, i.e. the PDF template served
 * at `/invoices/pdf/<unique_hash>?preview` (the customer portal frames `/invoices/pdf/<hash>`).
 * Facts read from InvoiceShelf/InvoiceShelf resources/views/app/pdf/invoice/invoice1.blade.php
 * @ 0ce88ab8 and partials/table.blade.php @ 112c71e1 (confirmed 2026-02); crater-invoice/crater
 * ships the same classes in its invoice1–3 templates.
 */
export const SHELF = {
  path: /^\/invoices\/pdf\/[A-Za-z0-9]+/,
  /** Three rows, in this order, labels translated: number, invoice date, due date. */
  detailRows: '.invoice-details-container tr',
  label: 'td.attribute-label',
  value: 'td.attribute-value',
  /** « Bill To » in a <b>, then the billing address lines, the customer's name first. */
  billing: '.billing-address-container',
  /** The seller's address block, its name first. */
  company: '.company-address-container',
  /** Last row: « Total » and the amount (total-border-right). */
  totalValue: '.total-display-table td.total-border-right.total-table-attribute-value',
} as const;
