/**
 * The settings page's two exports, as text ready to save: the invoices as a re-importable CSV,
 * and the upcoming actions as an `.ics` calendar. Each reads only what it writes: the CSV the
 * invoices with their clients, the calendar the cases (core/db casesFor, one event order).
 */
import { type EcheanceDb, listInvoiceRows } from '../db';
import { buildIcs, invoicesToCsv } from '../export';
import type { IsoDate, Language } from '../model';
import { allCases } from './read-case';

export interface ExportText {
  fileName: string;
  mime: string;
  text: string;
  /** Invoices written (CSV) or calendar events (ICS), for the message shown after. */
  count: number;
}

export async function exportInvoicesCsv(db: EcheanceDb, today: IsoDate): Promise<ExportText> {
  const rows = await listInvoiceRows(db);
  return {
    fileName: `echeance-factures-${today}.csv`,
    mime: 'text/csv;charset=utf-8',
    text: invoicesToCsv(rows),
    count: rows.length,
  };
}

export async function exportCalendar(
  db: EcheanceDb,
  options: { today: IsoDate; generatedAt: string; lang: Language },
): Promise<ExportText> {
  const { cases } = await allCases(db);
  const text = buildIcs(cases, options);
  return {
    fileName: `echeance-relances-${options.today}.ics`,
    mime: 'text/calendar;charset=utf-8',
    text,
    count: text.split('BEGIN:VEVENT').length - 1,
  };
}
