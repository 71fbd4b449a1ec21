/**
 * The invoice import's use cases beyond the first import (issue #19): the re-import's
 * one-transaction write and the mappings confirmed per file shape. What a file's numbers are
 * here is a query (core/db/import-update.ts `importState`), answered as it is.
 */
import { localDate } from '../dates';
import type { EcheanceDb } from '../db';
import { applyImportUpdate, type ImportUpdateOutcome, saveImportMapping } from '../db/import-update';
import { getSettings } from '../db/settings';
import { withImportDefaults } from '../identity/mention-defaults';
import type { ImportItem, ImportUpdate, InvoiceImportMapping, InvoiceOrigin } from '../model';
import { deriveState } from './derive';
import { importHistory, noteLanguage } from './whereabouts-history';

/** Updates and new invoices of a re-import, in one transaction: all written, or nothing. */
export async function reimportInvoices(
  db: EcheanceDb,
  request: { updates: ImportUpdate[]; items: ImportItem[]; origin: InvoiceOrigin },
  now: Date,
): Promise<ImportUpdateOutcome> {
  const { updates, items, origin } = request;
  // New rows read from no document take what the user's invoices print (as a first import).
  const settings = await getSettings(db);
  const withDefaults = withImportDefaults(items, settings);
  const today = localDate(now);
  return applyImportUpdate(
    db,
    updates,
    withDefaults,
    origin,
    now.toISOString(),
    await deriveState(db),
    today,
    // New rows start with their « Où en êtes-vous ? » answer (issue #19).
    importHistory(today, now.toISOString(), noteLanguage(settings)),
  );
}

export async function importMappings(db: EcheanceDb): Promise<{ mappings: InvoiceImportMapping[] }> {
  return { mappings: (await getSettings(db)).invoiceImportMappings };
}

export async function rememberImportMapping(db: EcheanceDb, mapping: InvoiceImportMapping) {
  await saveImportMapping(db, mapping);
  return { ok: true as const };
}
