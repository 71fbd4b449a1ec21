/**
 * The per-invoice rate editor's write (issue #14): the user corrects the rate an invoice states
 * — its kind and figure (legal-fr.md §7.1) — and the invoice's cached state is recomputed.
 */
import { type ContractualRate, legacyRatePercent } from '../model';
import type { EcheanceDb } from './database';
import { type Deriver, refreshInvoice } from './invoice-state';

export async function setInvoiceRate(
  db: EcheanceDb,
  invoiceId: string,
  rate: ContractualRate | null,
  derive: Deriver,
  today: string,
): Promise<void> {
  await db.transaction('rw', db.invoices, db.clients, db.events, async () => {
    const invoice = await db.invoices.get(invoiceId);
    if (!invoice) throw new Error(`facture inconnue : ${invoiceId}`);
    await refreshInvoice(
      db,
      {
        ...invoice,
        contractualRate: rate,
        // The legacy percent mirrors a fixed rate for older readers (core/model rate-read).
        contractualRatePercent: legacyRatePercent(rate),
        // A rate the user says the invoice states is a stated rate (L441-9); clearing it leaves
        // the mention as read from the document (it may state penalties without a figure).
        mentions: rate ? { ...invoice.mentions, penaltyRate: true } : invoice.mentions,
      },
      derive,
      today,
    );
  });
}
