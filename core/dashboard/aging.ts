/**
 * Aging buckets of what is still owed: how long past its due date each
 * open amount is. Closed invoices (paid, written off) and fully paid ones are in no bucket.
 */
import { toDayNumber } from '../dates';
import type { Invoice, IsoDate } from '../model';
// From its own module, not the model's barrel: the barrel brings every zod schema, which the
// dashboard's first paint does not need (issue #11's initial-JavaScript budget).
import { isOwed } from '../model/invoice-closed';

// « Closed » and « owed » have one home, core/model/invoice-closed.ts; re-exported for the
// dashboard's readers.
export { isClosed, isOwed } from '../model/invoice-closed';

export const AGING_BUCKETS = ['not-due', '1-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

type AgingFacts = Pick<Invoice, 'dueDate' | 'status' | 'outstandingCents'>;

export function bucketOfDaysLate(daysLate: number): AgingBucket {
  if (daysLate <= 0) return 'not-due';
  if (daysLate <= 30) return '1-30';
  if (daysLate <= 60) return '31-60';
  if (daysLate <= 90) return '61-90';
  return '90+';
}

/** The bucket of an invoice on `todayDay` (a day number), null when nothing is owed. */
export function agingBucketOn(invoice: AgingFacts, todayDay: number): AgingBucket | null {
  if (!isOwed(invoice)) return null;
  return bucketOfDaysLate(todayDay - toDayNumber(invoice.dueDate));
}

export interface BucketTotal {
  bucket: AgingBucket;
  cents: number;
  count: number;
}

/** Amounts outstanding per bucket, always the five buckets in order (empty ones at 0). */
export function agingTotals(invoices: readonly AgingFacts[], today: IsoDate): BucketTotal[] {
  const todayDay = toDayNumber(today);
  const totals = new Map<AgingBucket, BucketTotal>(
    AGING_BUCKETS.map((bucket) => [bucket, { bucket, cents: 0, count: 0 }]),
  );
  for (const invoice of invoices) {
    const bucket = agingBucketOn(invoice, todayDay);
    if (!bucket) continue;
    const total = totals.get(bucket)!;
    total.cents += invoice.outstandingCents;
    total.count += 1;
  }
  return [...totals.values()];
}
