/**
 * The dashboard's invoice list: search, filters and sort, in memory. With 10 000 invoices the
 * work is split so that typing only filters: keys are computed once per data change
 * (`prepareList`), the sort once per sort change (`sortList`), and filtering keeps that order.
 */
import { toDayNumber } from '../dates';
import type { InvoiceRow } from '../db';
import type { InvoiceStatus, IsoDate } from '../model';
import { type AgingBucket, agingBucketOn, isClosed } from './aging';

export const SORT_KEYS = ['due', 'amount', 'late', 'client', 'number'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** `active` = every status that is still chased or paused (not paid, not written off). */
export type StatusFilter = InvoiceStatus | 'all' | 'active';

export interface ListQuery {
  text: string;
  status: StatusFilter;
  clientId: string | 'all';
  bucket: AgingBucket | 'all';
  sort: SortKey;
  descending: boolean;
}

export const DEFAULT_QUERY: ListQuery = {
  text: '',
  status: 'all',
  clientId: 'all',
  bucket: 'all',
  sort: 'late',
  descending: true,
};

export interface ListItem extends InvoiceRow {
  /** Lower-cased number, client name and emails, for the search box. */
  haystack: string;
  dueDay: number;
  /** Days past the due date (0 when not due yet). */
  daysLate: number;
  bucket: AgingBucket | null;
}

const fold = (s: string) =>
  s
    .toLocaleLowerCase('fr')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

export function prepareList(rows: readonly InvoiceRow[], today: IsoDate): ListItem[] {
  const todayDay = toDayNumber(today);
  return rows.map((row) => {
    const dueDay = toDayNumber(row.invoice.dueDate);
    return {
      invoice: row.invoice,
      client: row.client,
      haystack: fold(`${row.invoice.number}\n${row.client.name}\n${row.client.emails.join('\n')}`),
      dueDay,
      daysLate: Math.max(0, todayDay - dueDay),
      bucket: agingBucketOn(row.invoice, todayDay),
    };
  });
}

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

type Compare = (a: ListItem, b: ListItem) => number;

const COMPARE: Record<SortKey, Compare> = {
  due: (a, b) => a.dueDay - b.dueDay,
  amount: (a, b) => a.invoice.outstandingCents - b.invoice.outstandingCents,
  // Closed invoices are not late any more, whatever their due date.
  late: (a, b) =>
    (isClosed(a.invoice.status) ? -1 : a.daysLate) - (isClosed(b.invoice.status) ? -1 : b.daysLate),
  client: (a, b) => collator.compare(a.client.name, b.client.name),
  number: (a, b) => collator.compare(a.invoice.number, b.invoice.number),
};

/** A new array; ties are broken by invoice number so that the order is stable and readable. */
export function sortList(items: readonly ListItem[], sort: SortKey, descending: boolean): ListItem[] {
  const primary = COMPARE[sort];
  const sign = descending ? -1 : 1;
  return [...items].sort((a, b) => sign * primary(a, b) || COMPARE.number(a, b));
}

function statusMatches(status: InvoiceStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'active') return !isClosed(status);
  return status === filter;
}

/** Keeps the order of `items`. Every word of the search must appear (number, client or email). */
export function filterList(items: readonly ListItem[], query: ListQuery): ListItem[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  return items.filter(
    (item) =>
      statusMatches(item.invoice.status, query.status) &&
      (query.clientId === 'all' || item.client.id === query.clientId) &&
      (query.bucket === 'all' || item.bucket === query.bucket) &&
      words.every((w) => item.haystack.includes(w)),
  );
}
