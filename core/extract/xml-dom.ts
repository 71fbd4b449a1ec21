/**
 * The few DOM features the e-invoice readers need, as structural types: the browser passes its
 * own DOMParser, Node passes @xmldom/xmldom's (happy-dom's XML parser loses namespaces and
 * refuses `<?xml version='1.0'?>` with single quotes). Elements are matched by local name:
 * prefixes vary between producers (`rsm:`, `ns0:`, none), the root's namespace is checked once.
 */

export interface XmlNodeLike {
  readonly nodeType: number;
}

export interface XmlElement extends XmlNodeLike {
  readonly localName: string | null;
  readonly namespaceURI: string | null;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<XmlNodeLike>;
  getAttribute(name: string): string | null;
}

export interface XmlDocumentLike {
  readonly documentElement: XmlElement | null;
  getElementsByTagName(name: string): ArrayLike<unknown>;
}

/** `new DOMParser()` in the browser; `new DOMParser()` from @xmldom/xmldom in Node. */
export interface XmlParser {
  parseFromString(source: string, mimeType: 'application/xml'): XmlDocumentLike;
}

const ELEMENT_NODE = 1;

/** Child elements, optionally only those with one of the given local names. */
export function children(el: XmlElement | null, ...names: string[]): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as XmlElement;
    if (node.nodeType === ELEMENT_NODE && (names.length === 0 || names.includes(node.localName ?? ''))) {
      out.push(node);
    }
  }
  return out;
}

/** A step is a local name, or several alternatives (CII D16B and ZUGFeRD 1.0 name things differently). */
export type Step = string | readonly string[];

/** Every element reached by following the steps from `el`. */
export function all(el: XmlElement | null, ...steps: Step[]): XmlElement[] {
  let current: XmlElement[] = el ? [el] : [];
  for (const step of steps) {
    const names = typeof step === 'string' ? [step] : step;
    current = current.flatMap((e) => children(e, ...names));
  }
  return current;
}

/** The first element reached by the steps, or null. */
export function first(el: XmlElement | null, ...steps: Step[]): XmlElement | null {
  return all(el, ...steps)[0] ?? null;
}

/** Trimmed text, null when the element is missing or empty. */
export function text(el: XmlElement | null): string | null {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** Text of the first element reached by the steps whose text is not empty. */
export function textAt(el: XmlElement | null, ...steps: Step[]): string | null {
  for (const e of all(el, ...steps)) {
    const t = text(e);
    if (t) return t;
  }
  return null;
}

/** Decimal amount as written in XML (`1234.5`, `-12.3450`) → cents, rounded half away from zero. */
export function decimalToCents(raw: string | null): number | null {
  const m = raw ? /^([+-])?(\d+)(?:\.(\d*))?$/.exec(raw.trim()) : null;
  if (!m) return null;
  const frac = (m[3] ?? '').padEnd(3, '0');
  let cents = Number(m[2]) * 100 + Number(frac.slice(0, 2));
  if (Number(frac[2]) >= 5) cents += 1;
  if (!Number.isSafeInteger(cents)) return null;
  return m[1] === '-' && cents !== 0 ? -cents : cents;
}
