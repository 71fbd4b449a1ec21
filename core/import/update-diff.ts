/**
 * What a file changes on the invoices Échéance already tracks (issue #19): the preview shows it,
 * the user confirms, the background writes it (core/db/import-update.ts). The tool is believed
 * for what it knows better — its total, the money it saw come in, a cancellation — and never
 * against what the user recorded here: when the tool knows of less money than Échéance (a
 * payment recorded from the bank, say), nothing changes and the preview says so.
 */
import type { ImportUpdate, IsoDate, KnownInvoice } from '../model';
import type { CsvRow } from './csv';

export type RowOutcome =
  /** Not tracked yet: imported as a new invoice. */
  | { kind: 'new'; row: CsvRow }
  /** Not tracked, and nothing to chase (paid, cancelled, a credit note, a draft): left aside. */
  | { kind: 'aside'; row: CsvRow; reason: 'paid' | 'cancelled' | 'credit-note' | 'draft' }
  | { kind: 'update'; row: CsvRow; known: KnownInvoice; change: Change }
  | { kind: 'same'; row: CsvRow; known: KnownInvoice }
  /** The tool knows of less money than Échéance: Échéance's record is kept. */
  | { kind: 'kept'; row: CsvRow; known: KnownInvoice; toolDueCents: number; oursCents: number };

export interface Change {
  /** The new total, when the tool's differs. */
  total: { fromCents: number; toCents: number } | null;
  payment: { amountCents: number; date: IsoDate } | null;
  cancel: boolean;
  /** What is left once the change is written. */
  outstandingAfterCents: number;
}

export interface ImportDiff {
  outcomes: RowOutcome[];
  counts: {
    new: number;
    aside: number;
    payments: number;
    amounts: number;
    cancelled: number;
    kept: number;
    same: number;
  };
}

const CLOSED = new Set(['paid', 'written_off']);

/** Rows with problems are left out (the preview lists them); `today` dates a payment the file does not. */
export function diffImport(
  rows: readonly CsvRow[],
  known: ReadonlyMap<string, KnownInvoice>,
  today: IsoDate,
): ImportDiff {
  const outcomes: RowOutcome[] = [];
  const counts = { new: 0, aside: 0, payments: 0, amounts: 0, cancelled: 0, kept: 0, same: 0 };
  for (const row of rows) {
    if (!row.item) continue;
    const existing = known.get(row.item.number);
    if (!existing) {
      // A tool's paid invoice is not brought in; a contract CSV (no status) imports every row, as always.
      const paidInTool = row.facts.status !== null && row.item.amountDueCents === 0;
      const reason = row.facts.skip ?? (paidInTool ? 'paid' : null);
      if (reason) {
        counts.aside++;
        outcomes.push({ kind: 'aside', row, reason });
      } else {
        counts.new++;
        outcomes.push({ kind: 'new', row });
      }
      continue;
    }
    const outcome = compare(row, existing, today);
    if (outcome.kind === 'update') {
      if (outcome.change.payment) counts.payments++;
      if (outcome.change.total) counts.amounts++;
      if (outcome.change.cancel) counts.cancelled++;
    } else counts[outcome.kind]++;
    outcomes.push(outcome);
  }
  return { outcomes, counts };
}

function compare(row: CsvRow, known: KnownInvoice, today: IsoDate): RowOutcome {
  const item = row.item!;
  const delta = item.totalCents - known.totalCents;
  // A new total moves what was due at capture by the same difference; payments stay.
  const total =
    delta !== 0 && known.amountDueCents + delta >= 0
      ? { fromCents: known.totalCents, toCents: item.totalCents }
      : null;
  const ours = known.outstandingCents + (total ? delta : 0);
  const cancel = row.facts.skip === 'cancelled' || row.facts.skip === 'credit-note';
  if (cancel) {
    if (CLOSED.has(known.status)) return { kind: 'same', row, known };
    return {
      kind: 'update',
      row,
      known,
      change: { total: null, payment: null, cancel: true, outstandingAfterCents: ours },
    };
  }
  const paid = ours - item.amountDueCents;
  if (paid < 0) return { kind: 'kept', row, known, toolDueCents: item.amountDueCents, oursCents: ours };
  if (paid === 0 && !total) return { kind: 'same', row, known };
  const payment = paid > 0 ? { amountCents: paid, date: row.facts.paymentDate ?? today } : null;
  return {
    kind: 'update',
    row,
    known,
    change: { total, payment, cancel: false, outstandingAfterCents: ours - paid },
  };
}

/** The writes a confirmed diff asks for; `note` says, in the user's language, where they come from. */
export function updatesOf(diff: ImportDiff, note: string): ImportUpdate[] {
  return diff.outcomes.flatMap((o) =>
    o.kind === 'update'
      ? [
          {
            invoiceId: o.known.id,
            number: o.known.number,
            expected: { totalCents: o.known.totalCents, outstandingCents: o.known.outstandingCents },
            totalCents: o.change.total?.toCents ?? null,
            payment: o.change.payment,
            cancel: o.change.cancel,
            note,
          },
        ]
      : [],
  );
}
