/**
 * Sending confirmed rows to the background. Each `invoices/import` is one transaction: all of
 * its rows are written or none. An import larger than one message (20,000 rows, or ~40 MB of
 * PDFs) goes in several, in order, and the outcome says exactly what happened: a batch that
 * fails stops the import, the batches before it stay written (each complete), nothing after it
 * is sent. Importing the same file again then adds only the rest, since a number already
 * tracked is skipped, never overwritten.
 */

import type { ImportItemInput } from '../../core/model';
import type { Send } from '../../core/protocol';
import type { RequestOf } from '../../core/protocol/messages';

type Origin = RequestOf<'invoices/import'>['origin'];

export interface BatchProgress {
  /** Rows sent and answered so far. */
  done: number;
  total: number;
}

export type BatchOutcome =
  | { ok: true; imported: number; skipped: string[] }
  | {
      ok: false;
      message: string;
      /** Written by the batches before the failed one (each complete). */
      imported: number;
      skipped: string[];
      /** Index, in the items sent, of the first row not written. */
      firstUnwritten: number;
      /** Rows not written: the failed batch and those after it. */
      unwritten: number;
    };

export async function sendBatches(
  send: Send,
  batches: readonly ImportItemInput[][],
  originOf: (batch: readonly ImportItemInput[]) => Origin,
  onProgress?: (progress: BatchProgress) => void,
): Promise<BatchOutcome> {
  const total = batches.reduce((n, b) => n + b.length, 0);
  let imported = 0;
  let done = 0;
  const skipped: string[] = [];
  for (const items of batches) {
    if (items.length === 0) continue;
    const answer = await send('invoices/import', { items, origin: originOf(items) });
    if (!answer.ok) {
      const message = answer.error.issues[0]?.message ?? answer.error.message;
      return { ok: false, message, imported, skipped, firstUnwritten: done, unwritten: total - done };
    }
    imported += answer.data.imported;
    skipped.push(...answer.data.skippedExisting);
    done += items.length;
    onProgress?.({ done, total });
  }
  return { ok: true, imported, skipped };
}

/** Consecutive slices of at most `size` rows. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}
