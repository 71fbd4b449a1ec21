/**
 * Tracking invoices that did not come from a Gmail thread: a CSV or XLSX file, PDFs and
 * e-invoices dropped on the dashboard, the invoice page of an invoicing site (its card sends
 * one item). Each row's client is matched by the one rule (core/model/client-match.ts), an
 * invoice number already tracked is skipped, and the cached state is computed as it is written.
 * (Tracking from a Gmail thread is the Gmail side's use case; it writes through core/db's
 * trackInvoice with the same matching rule.)
 */
import { localDate } from '../dates';
import { type EcheanceDb, getSettings, type ImportOutcome, importItems } from '../db';
import { withImportDefaults } from '../identity/mention-defaults';
import type { ImportItem, InvoiceOrigin } from '../model';
import { deriveState } from './derive';
import { importHistory, noteLanguage } from './whereabouts-history';

export async function importInvoices(
  db: EcheanceDb,
  items: ImportItem[],
  origin: InvoiceOrigin,
  now: Date,
): Promise<ImportOutcome> {
  const settings = await getSettings(db);
  const today = localDate(now);
  // Rows read from no document take what the user's invoices print; new clients the default tu/vous.
  // A row's « Où en êtes-vous ? » answer becomes its first events (core/app/whereabouts-history).
  return importItems(
    db,
    withImportDefaults(items, settings),
    origin,
    now.toISOString(),
    await deriveState(db),
    today,
    settings.defaultAddressing,
    importHistory(today, now.toISOString(), noteLanguage(settings)),
  );
}
