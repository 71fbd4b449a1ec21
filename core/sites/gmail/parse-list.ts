import { queryAll, queryFirst } from './dom';
import type { GmailListRow, GmailPerson } from './types';

/** The rows of the thread lists shown (Inbox, Sent…), as plain data; `[]` when none is recognised. */
export function parseListRows(root: ParentNode): GmailListRow[] {
  try {
    return listRows(root).flatMap((row, rowIndex) => {
      const parsed = readRow(row, rowIndex);
      return parsed && parsed.threadId.length > 0 && parsed.threadId.length <= 200 ? [parsed] : [];
    });
  } catch {
    return [];
  }
}

/**
 * The row element of a thread, for mounting a label in it. Gmail keeps hidden lists of other
 * folders in the DOM, so the same thread may have several rows: this returns the first.
 */
export function findListRow(root: ParentNode, threadId: string): Element | null {
  return (
    listRows(root).find(
      (row) => queryFirst(row, 'rowThreadId')?.getAttribute('data-legacy-thread-id') === threadId,
    ) ?? null
  );
}

/** Where a label goes in a row: just before the subject, as Gmail's own labels are. */
export function findRowSubjectAnchor(row: Element): Element | null {
  return queryFirst(row, 'rowSubject');
}

function listRows(root: ParentNode): Element[] {
  return queryAll(root, 'threadList').flatMap((list) => queryAll(list, 'listRow'));
}

function readRow(row: Element, rowIndex: number) {
  const idEl = queryFirst(row, 'rowThreadId');
  const people = queryAll(row, 'rowPeople').flatMap((el): GmailPerson[] => {
    const email = el.getAttribute('email')?.trim();
    return email ? [{ email, name: (el.getAttribute('name') ?? el.textContent ?? '').trim() }] : [];
  });
  return {
    threadId: idEl?.getAttribute('data-legacy-thread-id') ?? '',
    permThreadId: idEl?.getAttribute('data-thread-id')?.replace(/^#/, '') ?? null,
    rowIndex,
    subject: (queryFirst(row, 'rowSubject')?.textContent ?? '').trim(),
    people,
    dateTitle: queryFirst(row, 'rowDate')?.getAttribute('title') ?? null,
  };
}
