/**
 * The file import's « Où en êtes-vous ? » (issue #19): one answer for every late new row of the
 * file. Rows not yet due are left without one: nothing can have been sent about them.
 */
import type { Whereabouts } from '../../core/model/whereabouts';

/** How many of these items are already late on `today`. */
export function lateCount(items: readonly { dueDate: string; include?: boolean }[], today: string): number {
  let n = 0;
  for (const i of items) if (i.include !== false && i.dueDate !== '' && i.dueDate < today) n += 1;
  return n;
}

/** The items, each late one carrying the answer. */
export function withWhereabouts<I extends { dueDate: string }>(
  items: I[],
  answer: Whereabouts,
  today: string,
): I[] {
  if (answer.reached === 'nothing') return items;
  return items.map((i) => (i.dueDate < today ? { ...i, whereabouts: answer } : i));
}
