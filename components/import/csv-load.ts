/**
 * The CSV/XLSX import's wiring, between the screen and core/import: read the file with the
 * columns saved for its shape, ask the background what its numbers and clients are here, and
 * say what confirming would change. Decisions are core/import's (update-diff.ts, kinds.ts).
 */
import { localDate } from '../../core/dates';
import type { ColumnChoice } from '../../core/import/columns';
import type { CsvParseResult, SavedChoices } from '../../core/import/csv';
import { parseInvoiceCsvBytes } from '../../core/import/csv-file';
import { looksLikeXlsx } from '../../core/import/decode';
import { type ClientToAsk, clientsToAsk } from '../../core/import/kinds';
import { diffImport, type ImportDiff } from '../../core/import/update-diff';
import type { KnownInvoice } from '../../core/model';
import type { Send } from '../../core/protocol';
import { MAX_IMPORT_ITEMS } from '../../core/protocol/messages';
import { inBatches } from './batches';

export type ReadResult = CsvParseResult | { ok: false; error: 'unreadable-xlsx'; missingColumns: string[] };

export async function savedChoices(send: Send): Promise<SavedChoices> {
  const answer = await send('invoices/import-mappings', {});
  return new Map(answer.ok ? answer.data.mappings.map((m) => [m.signature, m.columns as ColumnChoice]) : []);
}

export async function readInvoiceFile(
  file: { name: string; bytes: Uint8Array },
  choice: ColumnChoice | null,
  saved: SavedChoices,
  onProgress: (percent: number, rows: number) => void,
): Promise<ReadResult> {
  // The xlsx reader is loaded only for a spreadsheet: the CSV path stays as light as before.
  if (looksLikeXlsx(file.bytes)) {
    const { parseInvoiceXlsx } = await import('../../core/import/xlsx');
    return parseInvoiceXlsx(file.bytes, choice, saved);
  }
  return parseInvoiceCsvBytes(file.bytes, {
    choice,
    saved,
    onProgress: (p) => onProgress(Math.floor((100 * p.bytesRead) / Math.max(1, p.bytesTotal)), p.rowsRead),
  });
}

export interface Comparison {
  diff: ImportDiff;
  asked: ClientToAsk[];
}

export async function compareWithTracked(
  send: Send,
  result: Extract<CsvParseResult, { ok: true }>,
): Promise<Comparison | { error: string }> {
  const items = result.rows.flatMap((r) => (r.item ? [r.item] : []));
  const known = new Map<string, KnownInvoice>();
  const knownClients = new Set<string>();
  const clients = [
    ...new Map(items.map((i) => [i.clientName, { name: i.clientName, siren: i.clientSiren }])).values(),
  ];
  const numberBatches = inBatches(
    items.map((i) => i.number),
    MAX_IMPORT_ITEMS,
  );
  const clientBatches = inBatches(clients, MAX_IMPORT_ITEMS);
  for (let i = 0; i < Math.max(numberBatches.length, clientBatches.length); i++) {
    const answer = await send('invoices/import-state', {
      numbers: numberBatches[i] ?? [],
      clients: clientBatches[i] ?? [],
    });
    if (!answer.ok) return { error: answer.error.message };
    for (const invoice of answer.data.invoices) known.set(invoice.number, invoice);
    for (const name of answer.data.knownClients) knownClients.add(name);
  }
  const diff = diffImport(result.rows, known, localDate(new Date()));
  return { diff, asked: clientsToAsk(diff, knownClients) };
}
