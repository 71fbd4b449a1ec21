/** Small readers shared by the invoicing-app adapters: text, money and dates as pages show them. */
import { findAmounts } from '../../extract/text-amounts';
import { findDates } from '../../extract/text-dates';
import { parseAmount } from '../../money';

/** An element's text with whitespace collapsed; null when empty or absurdly long. */
export function textOf(el: Element | null | undefined): string | null {
  const s = el?.textContent?.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  return s && s.length <= 300 ? s : null;
}

export function inputValue(doc: ParentNode, selector: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute('value')?.trim();
  return v ? v.slice(0, 300) : null;
}

/** « 1 500,00 € », "€1,500.00", "1500.00": cents and the currency when the text names it. */
export function moneyOf(text: string | null): { cents: number; currency: string | null } | null {
  if (!text) return null;
  const plain = parseAmount(text);
  if (plain !== null) return { cents: plain, currency: /€|EUR/.test(text) ? 'EUR' : null };
  const found = findAmounts(text.replace(/[\u00a0\u202f]/g, ' '))[0];
  return found ? { cents: found.value.cents, currency: found.value.currency } : null;
}

/** The first calendar date written in the text (« 15/03/2026 », "Mar 15, 2026", `2026-03-15`). */
export function dateOf(text: string | null): string | null {
  return text ? (findDates(text)[0]?.value ?? null) : null;
}

export function emailOf(text: string | null): string | null {
  const s = text?.replace(/^mailto:/i, '').trim();
  return s && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) ? s : null;
}

/** The first line of a block of address lines (the name), given `<br>` separated HTML. */
export function firstLine(el: Element | null, skip: (line: string) => boolean = () => false): string | null {
  if (!el) return null;
  const lines: string[] = [];
  let current = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeName === 'BR') {
        lines.push(current);
        current = '';
      } else if (child.nodeType === 3) current += child.textContent ?? '';
      else if (['DIV', 'P'].includes(child.nodeName)) {
        lines.push(current);
        current = '';
        walk(child);
        lines.push(current);
        current = '';
      } else walk(child);
    }
  };
  walk(el);
  lines.push(current);
  const line = lines.map((l) => l.replace(/\s+/g, ' ').trim()).find((l) => l && !skip(l));
  return line && line.length <= 300 ? line : null;
}
