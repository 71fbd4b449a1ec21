/**
 * Reading bank statements and proposing which invoice each credit pays (issue #17), for the
 * bank import screen: the statement is read with the user's saved CSV mappings, and the
 * credits are matched against the invoices still owed, skipping lines already recorded. The
 * screen shows the proposals; one `bank/record` message writes what the user confirms.
 */
import {
  type BankLine,
  type BankReadError,
  type CsvShape,
  creditsOf,
  matchCredits,
  type Proposal,
  readStatement,
} from '../bank';
import { type EcheanceDb, getSettings, openInvoicesForMatching, recordedBankHashes } from '../db';
import type { XmlParser } from '../extract/xml-dom';

export interface StatementFile {
  name: string;
  bytes: Uint8Array;
}

/** One file's outcome: its credits, or a CSV whose columns the user must map, or an error. */
export type StatementRead =
  | { kind: 'read'; file: StatementFile; formatName: string; credits: BankLine[] }
  | { kind: 'needs-mapping'; file: StatementFile; shape: CsvShape }
  | { kind: 'error'; file: StatementFile; error: BankReadError };

export async function readStatements(
  db: EcheanceDb,
  files: readonly StatementFile[],
  xmlParser: XmlParser,
): Promise<StatementRead[]> {
  const { bankMappings } = await getSettings(db);
  return files.map((file) => {
    const result = readStatement(file.bytes, { xmlParser, mappings: bankMappings });
    if (result.ok) return { kind: 'read', file, formatName: result.formatName, credits: creditsOf(result) };
    if (result.error.code === 'needs-mapping' && result.header)
      return { kind: 'needs-mapping', file, shape: result.header };
    return { kind: 'error', file, error: result.error };
  });
}

/** Which invoice each credit pays, best guess first (core/bank matchCredits). */
export async function proposeBankPayments(db: EcheanceDb, lines: readonly BankLine[]): Promise<Proposal[]> {
  const [invoices, recorded] = await Promise.all([openInvoicesForMatching(db), recordedBankHashes(db)]);
  return matchCredits(lines, invoices, recorded);
}
