/**
 * What a bank statement says, once read: one line per booked movement, amounts signed
 * (credit > 0), whatever the file's format. Nothing here is stored: the statement stays in
 * memory until the user confirms the payments it proves.
 */
import type { IsoDate } from '../model';

type BankSource = 'csv' | 'ofx' | 'camt053';

export interface BankLine {
  /** Where it is in the file: the CSV row (1-based, header included), or the n-th entry. */
  row: number;
  date: IsoDate;
  /** Signed: a credit (money received) is positive. */
  amountCents: number;
  currency: string;
  label: string;
  /** The payer (for a credit), when the file names it apart from the label. */
  counterparty: string | null;
  /** The reference the payer wrote (structured reference, end-to-end id, memo), when known. */
  reference: string | null;
  source: BankSource;
}

/** Why a file could not be read, precise enough to name the row and the field. */
export interface BankReadError {
  code:
    | 'empty'
    | 'unknown-format'
    | 'needs-mapping'
    | 'bad-date'
    | 'bad-amount'
    | 'missing'
    | 'malformed'
    | 'too-large';
  /** 1-based row (CSV) or entry number (OFX, CAMT), when the problem is on one. */
  row: number | null;
  /** The column or element concerned. */
  field: string | null;
  value: string | null;
  /** A sentence in French for the CLI and logs; the UI builds its own from the fields. */
  message: string;
}

export type BankReadResult =
  | { ok: true; format: string; formatName: string; lines: BankLine[] }
  | { ok: false; error: BankReadError; header?: CsvShape };

/** The header of a CSV nobody recognised, so the user can map its columns once. */
export interface CsvShape {
  signature: string;
  columns: string[];
  /** A few data rows, to show next to the mapping. */
  sample: string[][];
}

export function bankError(
  code: BankReadError['code'],
  message: string,
  at: { row?: number | null; field?: string | null; value?: string | null } = {},
): BankReadError {
  return { code, row: at.row ?? null, field: at.field ?? null, value: at.value ?? null, message };
}

/** Files larger than this are refused: a year of a busy account is well under 5 MB. */
export const MAX_STATEMENT_BYTES = 20_000_000;
