/**
 * Seller and buyer from the page layout. The buyer is the addressee block: under « Facturé à »,
 * "Bill to", « Client », « Käufer »…, or else the address block in the envelope window (left,
 * upper third of page 1, ending with a postcode line). The seller is the issuer block: under
 * its label, or the small sender line above the window, or the top of the page, or the footer
 * line carrying its SIREN or VAT number.
 */
import type { Cell, PageLayout } from './layout';
import { LABEL_RULES } from './layout-labels';
import type { FoundLabel } from './layout-pair';
import { currencyCode } from './text-amounts';
import { findDates } from './text-dates';
import { findLabels } from './text-pairing';
import { isName } from './text-parties';

export interface Guess {
  value: string;
  confidence: number;
}

const TITLE_RE =
  /^(?:facture|avoir|invoice|credit\s+note|\p{L}*rechnung|gutschrift|factuur|fattura|factura|devis|quote|page|seite|bon|rechnungskorrektur|buchungshilfe)\b/iu;
const COMPANY_RE =
  /(?<!\p{L})(?:sas|sasu|sarl|eurl|sa|sci|scop|gmbh|ag|kg|ohg|e\.\s?k\.|ug|ltd|llc|inc|plc|bv|nv|srl|spa|s\.?l\.?|s\.?a\.?)(?!\p{L})/iu;
const POSTCODE_RE = /(?<![\d\p{L}])(?:[A-Z]{1,2}[- ]?)?\d{4,5}\s+\p{L}|[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}/u;
const ID_RE =
  /siren|siret|tva\s+intra|n°\s*tva|vat\s*(?:no|number|id|reg)|ust-?id|steuernummer|handelsregister|\bHRB\b|\bRCS\b|btw|partita\s+iva|\bCIF\b|\bNIF\b/iu;

const NAME_FIELD_RE =
  /^(?:name|firma|nom|raison\s+sociale|soci[ée]t[ée]|company|naam|nome|nombre|empresa|ragione\s+sociale)\s*:\s*$/iu;
const SALUTATION_RE =
  /^(?:herrn?|frau|firma|monsieur|madame|m\.|mme|mr\.?|mrs\.?|ms\.?|sr\.?|sra\.?|sig\.?(?:ra)?)$/iu;
/** Lines that start like a sentence or an attention line, not like a name. */
const LEADING_RE =
  /^(?:zur?|von|vom|mit|für|de|du|des|pour|par|of|for|to|with|per|del|à\s+l'attention|attn|z\.\s?hd|c\/o)(?!\p{L})/iu;
/** Column headings of line tables. */
const HEADER_RE =
  /^(?:désignation|prestation|description|libellé|quantité|qté|prix|montant|total|article|beschreibung|menge|bezeichnung|item|qty|amount)(?!\p{L})/iu;
const SMALL_WORD_RE =
  /^(?:zur?|der|die|das|von|vom|und|mit|für|de|du|des|la|le|les|et|pour|par|of|the|and|for|to|with|van|het|een|di|il|per|del|y|el|los)$/;

/** A name is short, not a sentence, a date, a title or a bare label. */
export const nameOf = (text: string): string | null => {
  // « LOGO » is a template's placeholder left in front of the company name.
  const t = text
    .replace(/^\s*[:.]\s*/, '')
    .replace(/^logo\s+/i, '')
    .trim();
  if (!isName(t) || t.endsWith(':') || TITLE_RE.test(t) || findDates(t).length > 0) return null;
  // « Währung | : EUR »: a currency is a field's value, never a party.
  if (currencyCode(t) !== null) return null;
  if (/\(c\)|©|copyright/i.test(t)) return null;
  const wordsOf = t.split(/\s+/);
  if (wordsOf.length > 8 || wordsOf.filter((x) => SMALL_WORD_RE.test(x)).length >= 2) return null;
  if (LEADING_RE.test(t) || HEADER_RE.test(t)) return null;
  // One word with digits is a reference (« GE2020211 »), not a name.
  if (wordsOf.length === 1 && /\d/.test(t)) return null;
  const labels = findLabels(t, LABEL_RULES);
  if (labels.some((l) => l.start === 0 && l.end >= t.replace(/[:.]$/, '').length)) return null;
  return t;
};

/** The first name-like cell under a party label, in its column, within a few lines. */
function underLabel(layout: PageLayout, label: FoundLabel): string | null {
  const same = label.cell.text.slice(label.end);
  if (/^\s*:\s*\S/.test(same)) return nameOf(same);
  if (!label.alone) return null;
  const li = label.cell.line;
  const right = layout.lines[li]!.find((c) => c.x > label.cell.end);
  if (right && right.x - label.cell.end < label.cell.size * 6) {
    const n = nameOf(right.text);
    if (n) return n;
  }
  for (let d = 1; d <= 5 && li + d < layout.lines.length; d++) {
    const cell = layout.lines[li + d]!.find(
      (c) => c.x < label.cell.x + label.cell.size * 8 && c.end > label.cell.x - label.cell.size,
    );
    if (!cell) continue;
    // « Name: | Lieferant GmbH »: a field label of its own, the name is in the next cell;
    // « Nummer: | GE2020211 » is another field of the block.
    const row = layout.lines[li + d]!;
    const next = row[row.indexOf(cell) + 1];
    if (/:\s*$/.test(cell.text)) {
      if (NAME_FIELD_RE.test(cell.text) && next) return fieldValue(layout, li + d, next);
      continue;
    }
    const n = nameOf(cell.text);
    if (n) return withNextLine(layout, cell, n);
  }
  return null;
}

/**
 * A name line, or the one after it when the line is only half of it: « Herrn » / « Madame »
 * alone on its line (the name follows), or « Jean Martin, Achats » — a contact and their
 * department, comma-separated — over the company's name.
 */
function withNextLine(layout: PageLayout, cell: Cell, name: string): string {
  const following = layout.lines[cell.line + 1]?.find((c) => Math.abs(c.x - cell.x) < cell.size);
  if (!following || following.y - cell.y > cell.size * 2) return name;
  if (SALUTATION_RE.test(name)) return `${name} ${following.text.trim()}`;
  const next = nameOf(following.text);
  if (/,\s/.test(name) && next && !/[,\d]/.test(next)) return next;
  return name;
}

/**
 * The value of a « Name: » field, with the lines just above it in the value column while the
 * label column is empty there: a name wrapped over two lines, its label aligned with the last
 * (« MVM Musterhafter » over « Name: | Versicherungsverein Musterstadt a.G. »).
 */
function fieldValue(layout: PageLayout, li: number, cell: Cell): string | null {
  const parts = [cell.text.trim()];
  for (let k = li - 1; k >= 0 && parts.length < 3; k--) {
    const line = layout.lines[k]!;
    const above = line.find((c) => Math.abs(c.x - cell.x) < cell.size);
    if (!above || line.some((c) => c.end < cell.x - cell.size)) break;
    if (layout.lines[k + 1]![0]!.y - above.y > cell.size * 1.6) break;
    parts.unshift(above.text.trim());
  }
  return nameOf(parts.join(' '));
}

export function findBuyerName(pages: PageLayout[], labels: FoundLabel[]): Guess | null {
  for (const label of labels) {
    if (label.field !== 'buyer' || label.cell.page !== pages[0]?.page) continue;
    const name = underLabel(pages[label.cell.page - 1] ?? pages[0]!, label);
    if (name) return { value: name, confidence: 0.9 };
  }
  const block = windowBlock(pages[0]);
  const first = block?.find((c, i) => !(i === 0 && isSenderLine(c, block)) && nameOf(c.text));
  return first ? { value: withNextLine(pages[0]!, first, first.text.trim()), confidence: 0.6 } : null;
}

/** The address block in the envelope window: left half, upper 40 % of page 1, with a postcode. */
function windowBlock(page: PageLayout | undefined): Cell[] | null {
  if (!page) return null;
  // German and most international letters put the window left, French ones often right.
  for (const side of ['left', 'right'] as const) {
    const inColumn = (c: Cell) =>
      (side === 'left' ? c.x < page.width * 0.45 : c.x > page.width * 0.45) &&
      c.y > page.height * 0.1 &&
      c.y < page.height * 0.42;
    const column = page.lines.map((cells) => cells.find(inColumn)).filter((c): c is Cell => Boolean(c));
    let block: Cell[] = [];
    for (const cell of [...column, null]) {
      const last = block[block.length - 1];
      const apart =
        cell &&
        last &&
        (cell.y - last.y > Math.max(cell.size, last.size) * 1.9 ||
          Math.abs(cell.x - block[0]!.x) > cell.size * 3);
      if (!cell || apart) {
        if (isAddress(block)) return block;
        block = [];
      }
      if (cell) block.push(cell);
    }
  }
  return null;
}

/** An addressee's block: a few lines with a postcode, none of the issuer's identifiers. */
const isAddress = (block: Cell[]) =>
  block.length >= 2 &&
  block.length <= 8 &&
  block.some((c) => POSTCODE_RE.test(c.text)) &&
  !block.some((c) => ID_RE.test(c.text) || /@/.test(c.text));

/** « Lieferant GmbH · Lieferantenstraße 20 · 80333 München » in small type, above the envelope window (sender line) */
function isSenderLine(cell: Cell, block: Cell[]): boolean {
  const sizes = block.map((c) => c.size).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)]!;
  return cell.size < median * 0.9 || /[·•●|]| - .*\d{4,5}/.test(cell.text);
}

export function findSellerName(
  pages: PageLayout[],
  labels: FoundLabel[],
  buyer: string | null,
): Guess | null {
  for (const label of labels) {
    if (label.field !== 'seller') continue;
    const name = underLabel(pages[label.cell.page - 1] ?? pages[0]!, label);
    if (name && name !== buyer) return { value: name, confidence: 0.9 };
  }
  const page = pages[0];
  if (!page) return null;
  const block = windowBlock(page);
  if (block && isSenderLine(block[0]!, block)) {
    const first = nameOf(block[0]!.text.split(/\s*[·•●|,]\s*|\s+-\s+/)[0]!);
    if (first && first !== buyer) return { value: first, confidence: 0.75 };
  }
  // The top of the page: the first name before the window, company forms and big type first,
  // never in another party's block.
  const others = otherParties(page, labels);
  const top: { name: string; score: number }[] = [];
  for (const cells of page.lines) {
    for (const cell of cells) {
      if (cell.y > page.height * 0.3) break;
      if (block?.includes(cell) || others.has(cell)) continue;
      // « Währung | : EUR »: a field label, its value in the next cell — neither is a name.
      if (/^\s*:/.test(cells[cells.indexOf(cell) + 1]?.text ?? '') || /^\s*:/.test(cell.text)) continue;
      // « Au bon moulin SARL - 1242 chemin de l'olive - 84340 Malaucène »: a letterhead line.
      const name = nameOf(cell.text) ?? nameOf(cell.text.split(/\s*[·•●|]\s*|\s+[-–]\s+/)[0]!);
      if (!name || name === buyer) continue;
      const score = (COMPANY_RE.test(name) ? 2 : 0) + cell.size / 10 - cell.y / page.height;
      top.push({ name, score });
    }
  }
  top.sort((a, b) => b.score - a.score);
  if (top[0]) return { value: top[0].name, confidence: 0.5 };
  // A footer line naming the company with its identifiers.
  for (const cells of page.lines) {
    for (const cell of cells) {
      if (!ID_RE.test(cell.text)) continue;
      const name = nameOf(cell.text.split(/\s*[·•|,–-]\s*/)[0]!);
      if (name && name !== buyer) return { value: name, confidence: 0.4 };
    }
  }
  return null;
}

/** The cells under the buyer's and the delivery address's labels: other parties' blocks. */
function otherParties(page: PageLayout, labels: FoundLabel[]): Set<Cell> {
  const out = new Set<Cell>();
  for (const label of labels) {
    if (label.field !== 'buyer' && label.field !== 'shipTo') continue;
    if (label.cell.page !== page.page || !label.alone) continue;
    const { x, size, line } = label.cell;
    let lastY = label.cell.y;
    for (let li = line + 1; li < page.lines.length && li <= line + 10; li++) {
      const cell = page.lines[li]!.find((c) => c.x < x + size * 8 && c.end > x - size);
      if (!cell) continue;
      // A heading may stand a little apart from its block; the block's lines are close.
      if (cell.y - lastY > size * (out.size === 0 ? 3.5 : 2.6)) break;
      out.add(cell);
      lastY = cell.y;
    }
  }
  return out;
}
