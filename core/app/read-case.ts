/**
 * The one way to load a case: an invoice with its client, its events in timeline order (by
 * day, then by when they were recorded: core/db byDateThenCreation) and the scenario that
 * applies to it (the client's, else the settings' default). Every use case that runs the engine
 * reads its cases here.
 */
import { allCaseRows, type CaseRows, caseRowsFor, type EcheanceDb } from '../db';
import { type DunningCase, scenarioFor } from '../dunning';
import type { Invoice, Settings } from '../model';

function casesOf({ rows, settings, scenarios }: CaseRows): DunningCase[] {
  return rows.map((row) => ({
    ...row,
    scenario: scenarioFor(
      row.invoice.scenarioId ?? row.client.scenarioId,
      settings.defaultScenarioId,
      scenarios,
    ),
  }));
}

/** The cases of some invoices (an invoice whose client is missing is left out). */
export async function casesFor(db: EcheanceDb, invoices: Invoice[]): Promise<DunningCase[]> {
  if (invoices.length === 0) return [];
  return casesOf(await caseRowsFor(db, invoices));
}

/** Every invoice's case, and the settings, read in one transaction. */
export async function allCases(db: EcheanceDb): Promise<{ cases: DunningCase[]; settings: Settings }> {
  const rows = await allCaseRows(db);
  return { cases: casesOf(rows), settings: rows.settings };
}

/** One invoice's case, or null when the invoice (or its client) is unknown. */
export async function loadCase(db: EcheanceDb, invoiceId: string): Promise<DunningCase | null> {
  const invoice = await db.invoices.get(invoiceId);
  if (!invoice) return null;
  return (await casesFor(db, [invoice]))[0] ?? null;
}
