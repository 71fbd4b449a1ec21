import { findThreadContainer } from './anchors';
import { matchesKey, queryFirst } from './dom';
import { GMAIL_SELECTORS, type GmailSelectorKey } from './selectors';

/** Whether the user can see an element (layout-based in a browser). */
export type Visible = (el: Element) => boolean;

/**
 * Seen by the user: `checkVisibility` where the browser has it (computed styles, ancestors
 * included), else no `hidden`/`display:none`/`visibility:hidden` up the tree.
 */
export const isVisible: Visible = (el) => {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el);
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = view?.getComputedStyle?.(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
};

/**
 * The "Reply" control of the open thread, never Forward: the first visible reply control of the
 * last visible bottom bar not inside a table (Gmail keeps a hidden copy in one: ISDK
 * 240ca0ea/40603000), else the newest visible header reply (`.DILLkc` since 2025-11, then the
 * older markups). `null` while Gmail has not rendered any: the caller waits, then tries the
 * « Plus d'options » menu.
 */
export function findReplyControl(root: ParentNode, visible: Visible = isVisible): Element | null {
  const scope = findThreadContainer(root) ?? root;
  const bars = all(scope, 'replyBar').filter((bar) => !inTable(bar, scope) && visible(bar));
  for (const bar of bars.reverse()) {
    for (const { css } of GMAIL_SELECTORS.replyBarControl) {
      const control = Array.from(bar.querySelectorAll(css)).find((c) => usable(c, visible));
      if (control) return control;
    }
  }
  for (const { css } of GMAIL_SELECTORS.replyControl) {
    const found = Array.from(scope.querySelectorAll(css)).filter((c) => usable(c, visible));
    if (found.length > 0) return found[found.length - 1] ?? null;
  }
  return null;
}

/** « Plus d'options » of the newest visible message, whose menu holds "Reply" (type 94). */
export function findMoreOptions(root: ParentNode, visible: Visible = isVisible): Element | null {
  const scope = findThreadContainer(root) ?? root;
  const found = all(scope, 'moreOptions').filter(visible);
  return found[found.length - 1] ?? null;
}

/** The menu's "Reply" item (`li[data-action-type="94"]`), once Gmail has shown the menu. */
export function findMenuReply(doc: ParentNode): Element | null {
  return queryFirst(doc, 'menuReply');
}

function usable(control: Element, visible: Visible): boolean {
  return !matchesKey(control, 'forwardControl') && visible(control);
}

function all(scope: ParentNode, key: GmailSelectorKey): Element[] {
  return GMAIL_SELECTORS[key].flatMap(({ css }) => Array.from(scope.querySelectorAll(css)));
}

function inTable(el: Element, scope: ParentNode): boolean {
  for (let node = el.parentElement; node && node !== scope; node = node.parentElement) {
    if (node.tagName === 'TABLE') return true;
  }
  return false;
}
