import { GMAIL_SELECTORS, type GmailSelectorKey } from './selectors';

/** First element matching the first fallback that matches anything; `root` itself counts. */
export function queryFirst(root: ParentNode, key: GmailSelectorKey): Element | null {
  for (const { css } of GMAIL_SELECTORS[key]) {
    if (isElement(root) && root.matches(css)) return root;
    const found = root.querySelector(css);
    if (found) return found;
  }
  return null;
}

/** All elements matching the first fallback that matches anything, in document order. */
export function queryAll(root: ParentNode, key: GmailSelectorKey): Element[] {
  for (const { css } of GMAIL_SELECTORS[key]) {
    const found = Array.from(root.querySelectorAll(css));
    if (found.length > 0) return found;
  }
  return [];
}

/** True when anything under `root` matches one of the fallbacks: one query instead of one per fallback. */
export function hasAny(root: ParentNode, key: GmailSelectorKey): boolean {
  return root.querySelector(selectorList(key)) !== null;
}

/** True when `el` matches one of the fallbacks of `key`. */
export function matchesKey(el: Element, key: GmailSelectorKey): boolean {
  return el.matches(selectorList(key));
}

// One `matches` call with the fallbacks joined, instead of one per fallback: readText asks it
// of every element of every message body.
const joined = new Map<GmailSelectorKey, string>();
function selectorList(key: GmailSelectorKey): string {
  let list = joined.get(key);
  if (list === undefined) {
    list = GMAIL_SELECTORS[key].map(({ css }) => css).join(', ');
    joined.set(key, list);
  }
  return list;
}

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

const BLOCK_TAGS = new Set([
  'DIV',
  'P',
  'LI',
  'TR',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'UL',
  'OL',
  'TABLE',
]);

/**
 * The text of an element with its line breaks: Gmail bodies are `<div>` lines and `<br>`,
 * which `textContent` would glue together ("F-2026-001Montant"). Reads text nodes only,
 * never markup, and skips what `skip` says (quoted replies).
 */
export function readText(el: Element, skip: (el: Element) => boolean = () => false): string {
  let out = '';
  const newline = () => {
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (isElement(child)) {
        if (child.tagName === 'BR') out += '\n';
        else if (child.tagName === 'SCRIPT' || child.tagName === 'STYLE' || skip(child)) continue;
        else {
          const block = BLOCK_TAGS.has(child.tagName);
          if (block) newline();
          walk(child);
          if (block) newline();
        }
      }
    }
  };
  walk(el);
  return out
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
