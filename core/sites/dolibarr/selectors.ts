/**
 * Dolibarr's public online-payment page for an invoice
 * (`/public/payment/newpayment.php?source=invoice&ref=<ref>&securekey=…`). Facts read from
 * Dolibarr/dolibarr htdocs/public/payment/newpayment.php @ 01dd0676 (confirmed 2026-02): a form
 * `#dolpaymentform` whose hidden inputs carry the data, a table of label/value rows.
 */
export const DOLI = {
  path: /\/public\/payment\/newpayment\.php$/,
  form: 'form#dolpaymentform',
  /** `s` = the source, `invoice` for a customer invoice. */
  source: 'form#dolpaymentform input[name="s"]',
  ref: 'form#dolpaymentform input[name="ref"]',
  /** What remains to pay (total minus payments, credit notes and deposits); absent once paid. */
  amount: 'form#dolpaymentform input[name="amount"]',
  currency: 'form#dolpaymentform input[name="currency"]',
  email: 'form#dolpaymentform input[name="email"]',
  creditor: 'form#dolpaymentform input[name="creditor"]',
  /** The rows: Creditor, ThirdParty (the customer, in a <b>), Designation, Amount, Payment code. */
  rows: '#tablepublicpayment tr.CTableRow2',
  /** The amount as shown; once paid, the total. */
  shownAmount: '#tablepublicpayment b.amount',
} as const;
