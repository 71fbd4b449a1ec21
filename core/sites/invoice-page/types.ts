/**
 * What an invoicing app's invoice page says, as plain data (DOM nodes never leave core/sites).
 * Types only, so the invoice-page content script bundles no zod; ./schema.ts checks the parsers
 * in tests, and the background validates the ImportItem it finally receives.
 */
export type InvoiceAppId = 'invoiceninja' | 'invoiceshelf' | 'odoo' | 'dolibarr';

export interface SiteInvoice {
  app: InvoiceAppId;
  number: string | null;
  issueDate: string | null;
  dueDate: string | null;
  totalCents: number | null;
  amountDueCents: number | null;
  currency: string | null;
  buyerName: string | null;
  buyerEmail: string | null;
  sellerName: string | null;
  /** The page says the invoice is settled (nothing to chase). */
  paid: boolean;
}

export interface SiteAdapter {
  id: InvoiceAppId;
  name: string;
  /** Match patterns of the app's hosted offer; self-hosted instances are granted one by one. */
  hosts: string[];
  /** Cheap check on the URL and a landmark or two, before any parsing. */
  isInvoicePage(url: URL, doc: Document): boolean;
  parse(doc: Document): SiteInvoice | null;
}
