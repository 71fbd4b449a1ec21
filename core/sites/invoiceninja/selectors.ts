/**
 * Invoice Ninja v5 client portal, invoice page (`/client/invoices/<hashed_id>`, or the no-login
 * link `/client/invoice/<invitation_key>`). Facts read from invoiceninja/invoiceninja
 * resources/views/portal/ninja2020/invoices/show.blade.php @ 0085c83c (confirmed 2026-02).
 * The invoice itself is a PDF in the page's viewer: only the header and the payment form are HTML.
 */
export const NINJA = {
  /** Path of an invoice page of the portal. */
  path: /^\/client\/invoices?\/[A-Za-z0-9]+\/?$/,
  /** Present only while the invoice is payable: the hidden inputs of the « Pay now » form. */
  paymentForm: 'form#payment-form',
  /** `value` = the balance (or the partial) formatted in the client's currency. */
  payableAmount: 'input[name="payable_invoices[0][amount]"]',
  invoiceIds: 'input[name="invoices[]"]',
  /** « Invoice # INV-0042 - Unpaid »: ctrans('texts.invoice_number_placeholder') then the status. */
  heading: '.bg-white.shadow h3, h3.text-lg',
  /** The PDF viewer's container (components/pdf-viewer), a landmark of the page. */
  pdfViewer: '#pdf-placeholder, canvas#pdf-placeholder, [data-ref="pdf-viewer"]',
} as const;
