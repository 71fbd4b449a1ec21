/**
 * The client block of an invoice: its name on the line of (or after) « Client », « Facturé à »,
 * "Bill to", « Rechnungsempfänger », and an email address inside that block. Without such a label
 * we return nothing: the seller's own address sits on the same page. Lines are split into
 * columns at tabs (see normalizeText) and the block is read in the label's column.
 */
import { words } from './text-labels';

const BUYER_LABEL_RE = words(
  String.raw`client|facturé\s+à|facture\s+à|facturer\s+à|destinataire|adressée?\s+à|bill(?:ed)?\s+to|invoice(?:d)?\s+to|sold\s+to|customer|rechnungsempfänger|kunde|empfänger|rechnung\s+an`,
);
const SELLER_LABEL_RE = words(
  'émetteur|emetteur|prestataire|vendeur|fournisseur|seller|supplier|vendor|from|lieferant|verkäufer|rechnungssteller|absender',
);
const SELLER_LINE_RE = new RegExp(SELLER_LABEL_RE.source, 'iu');
const EMAIL_RE = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/u;
const BLOCK_LINES = 7;

export interface Buyer {
  name: string | null;
  email: string | null;
}

export function findBuyer(text: string): Buyer {
  for (const m of text.matchAll(BUYER_LABEL_RE)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    const column = text.slice(lineStart, m.index).split('\t').length - 1;
    const segments = line.split('\t');
    const rest = segments[column]!.slice(m.index - lineStart - before(segments, column) + m[0].length);
    // A label is followed by a colon or ends its column; « client » in a sentence is not a label.
    if (!/^\s*(?::|$)/.test(rest)) continue;
    const lastColumn = column === segments.length - 1 && column > 0;
    const following =
      lineEnd < 0
        ? []
        : text
            .slice(lineEnd + 1)
            .split('\n')
            .slice(0, BLOCK_LINES);
    const block = untilNextBlock([
      rest.replace(/^\s*:?\s*/, '') || (segments[column + 1] ?? ''),
      ...following.map((l) => {
        const cells = l.split('\t');
        return (lastColumn ? cells[cells.length - 1] : cells[column]) ?? '';
      }),
    ]);
    const name = block.find(isName) ?? null;
    const email = block.map((l) => EMAIL_RE.exec(l)?.[0]).find(Boolean) ?? null;
    if (name || email) return { name, email: email?.toLowerCase() ?? null };
  }
  return { name: null, email: null };
}

/** Characters of the line before segment `index` (segments plus their tab separators). */
function before(segments: string[], index: number): number {
  return segments.slice(0, index).reduce((n, s) => n + s.length + 1, 0);
}

/** The seller's name when the document labels it (« Prestataire : … »); rare in practice. */
export function findSellerName(text: string): string | null {
  for (const m of text.matchAll(SELLER_LABEL_RE)) {
    const lineEnd = text.indexOf('\n', m.index);
    const rest = text.slice(m.index + m[0].length, lineEnd < 0 ? undefined : lineEnd).split('\t')[0]!;
    const colon = /^\s*:\s*(.*)$/.exec(rest);
    if (colon && isName(colon[1]!.trim())) return colon[1]!.trim();
  }
  return null;
}

function untilNextBlock(lines: string[]): string[] {
  const out: string[] = [];
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (i > 0 && (line === '' || SELLER_LINE_RE.test(line))) break;
    out.push(line);
  }
  return out;
}

/** A company or person name: letters, not an address, a number or an email. */
export function isName(line: string): boolean {
  if (line.length < 2 || line.length > 80) return false;
  if (!/\p{L}{2}/u.test(line) || EMAIL_RE.test(line)) return false;
  if (/^\d/.test(line) || /^(?:n°|siren|siret|tva|vat|tel|tél|phone|iban|bic|contact)\b/i.test(line))
    return false;
  return !/:\s*\S/.test(line);
}
