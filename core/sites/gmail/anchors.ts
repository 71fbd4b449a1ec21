import { queryAll, queryFirst } from './dom';

/**
 * Where our UI goes. These are the only functions of core/sites/gmail that hand DOM nodes
 * out, and only to mount things next to them.
 */

/** The open thread's element (current `.a98.iY`, else the older `table.Bs`). */
export function findThreadContainer(root: ParentNode): Element | null {
  return queryFirst(root, 'threadA98') ?? queryFirst(root, 'threadBs');
}

/**
 * The toolbar of the open thread, for the « Relancer » button. Gmail keeps other views'
 * toolbars in the page, so the one nearest the thread wins.
 */
export function findToolbar(root: ParentNode): Element | null {
  const thread = findThreadContainer(root);
  for (let node = thread?.parentElement ?? null; node; node = node.parentElement) {
    const found = queryFirst(node, 'toolbar');
    if (found) return found;
  }
  return queryAll(root, 'toolbar')[0] ?? null;
}

/** The subject heading of the open thread; the invoice card goes right under it. */
export function findSubjectAnchor(root: ParentNode): Element | null {
  const thread = findThreadContainer(root);
  return thread ? queryFirst(thread, 'threadSubject') : null;
}

const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const EMAIL_IN = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * The signed-in address. Gmail's tab title is "<subject or view> - <account> - Gmail": the
 * account is the second-to-last " - " segment, since a subject may itself hold an address
 * (BR plugins/gmail.js, 2026-01). Else the account button's label. Never the first address seen.
 */
export function readAccountEmail(doc: Document): string | null {
  const parts = doc.title.split(' - ');
  const fromTitle = parts.length >= 3 ? parts[parts.length - 2]?.trim() : undefined;
  if (fromTitle && EMAIL.test(fromTitle)) return fromTitle.toLowerCase();
  const label = queryFirst(doc, 'accountButton')?.getAttribute('aria-label') ?? '';
  return label.match(EMAIL_IN)?.[0]?.toLowerCase() ?? null;
}
