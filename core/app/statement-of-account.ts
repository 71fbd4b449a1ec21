/**
 * A client's statement of account as a PDF: its open invoices and their events, at today's
 * date. null when nothing is open (the page says so). Imported lazily: it pulls in jsPDF.
 */
import { type EcheanceDb, getSettings, statementData } from '../db';
import { type BuiltFile, buildStatementOfAccountPdf } from '../documents';
import type { Client, IsoDate } from '../model';

export async function buildClientStatement(
  db: EcheanceDb,
  client: Client,
  asOf: IsoDate,
): Promise<BuiltFile | null> {
  const { invoices, events } = await statementData(db, client.id);
  if (invoices.length === 0) return null;
  return buildStatementOfAccountPdf({ client, invoices, events, settings: await getSettings(db), asOf });
}
