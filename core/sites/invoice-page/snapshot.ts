/**
 * What « Détecter la facture sur cette page » reads of the tab: the visible text, the JSON-LD
 * blocks and the schema.org Invoice microdata (core/extract/html.ts reads the invoice from them).
 * `snapshotPage` runs inside the tab (entrypoints/page-snapshot.ts, injected by
 * core/platform/scripting.ts); `checkSnapshot` keeps, on our side, only the expected shape of
 * what came back, since the page may be hostile.
 */
import type { MicrodataItem, PageSnapshot } from '../../extract/html';

const MAX_TEXT = 100_000;
const MAX_BLOCKS = 20;
const MAX_BLOCK = 100_000;
const MAX_PROPS = 200;

export function snapshotPage(doc: Document): PageSnapshot {
  const body = doc.body;
  // innerText, not textContent: the visible text, laid out in lines and cells as the user reads it.
  // biome-ignore lint/performance/useDomNodeTextContent: the layout is what the text heuristics read.
  const text = (body ? body.innerText || body.textContent || '' : '').slice(0, MAX_TEXT);
  const jsonLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
    .slice(0, MAX_BLOCKS)
    .map((s) => (s.textContent ?? '').slice(0, MAX_BLOCK));
  const roots = Array.from(doc.querySelectorAll('[itemscope][itemtype]')).filter(
    (el) => /Invoice\s*$/.test(el.getAttribute('itemtype') ?? '') && !el.hasAttribute('itemprop'),
  );
  const microdata = roots.slice(0, MAX_BLOCKS).map(microdataOf);
  return { url: doc.location.href, title: doc.title.slice(0, 300), text, jsonLd, microdata };
}

/** An Invoice item's properties by dotted path (`customer.name`), the first value of each. */
function microdataOf(root: Element): MicrodataItem {
  const properties: Record<string, string> = {};
  let count = 0;
  for (const el of Array.from(root.querySelectorAll('[itemprop]'))) {
    if (count++ >= MAX_PROPS) break;
    const path: string[] = [];
    let at: Element | null = el;
    while (at && at !== root) {
      if (at === el || at.hasAttribute('itemscope')) {
        const name = (at.getAttribute('itemprop') ?? '').trim().split(/\s+/)[0];
        if (name) path.unshift(name);
      }
      at = at.parentElement;
    }
    if (el.hasAttribute('itemscope') || path.length === 0) continue;
    const value =
      el.getAttribute('content') ??
      el.getAttribute('datetime') ??
      (el.tagName === 'A' || el.tagName === 'LINK' ? el.getAttribute('href') : null) ??
      (el.tagName === 'DATA' || el.tagName === 'METER' ? el.getAttribute('value') : null) ??
      el.textContent ??
      '';
    const key = path.join('.');
    if (!(key in properties)) properties[key] = value.replace(/\s+/g, ' ').trim().slice(0, 500);
  }
  return { type: root.getAttribute('itemtype') ?? '', properties };
}

/** The page may be hostile: keep only the expected shape, within the caps. */
export function checkSnapshot(raw: unknown): PageSnapshot {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const s = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  const items = Array.isArray(o.microdata) ? o.microdata.slice(0, MAX_BLOCKS) : [];
  return {
    url: s(o.url, 2000),
    title: s(o.title, 300),
    text: s(o.text, MAX_TEXT),
    jsonLd: (Array.isArray(o.jsonLd) ? o.jsonLd : []).slice(0, MAX_BLOCKS).map((b) => s(b, MAX_BLOCK)),
    microdata: items.map((item: unknown) => {
      const i = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      const props = typeof i.properties === 'object' && i.properties !== null ? i.properties : {};
      const entries = Object.entries(props)
        .slice(0, MAX_PROPS)
        .map(([k, v]) => [k.slice(0, 200), s(v, 500)]);
      return { type: s(i.type, 300), properties: Object.fromEntries(entries) };
    }),
  };
}
