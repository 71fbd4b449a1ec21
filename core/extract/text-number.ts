/**
 * The invoice number and whether the document is an invoice or a credit note.
 */
import { findDates } from './text-dates';
import { words } from './text-labels';

const DOC = String.raw`facture|avoir|invoice|credit\s+note|rechnung|gutschrift|note\s+de\s+cr[ée]dit`;
const MARK = String.raw`n°|nº|n\s°|no\.?|nr\.?|num(?:[ée]ro)?\.?|number|nummer|#|ref\.?|id`;
const TOKEN = String.raw`([\p{L}\d][\p{L}\d\-_/.]*)`;
const SEP = String.raw`\s*[:.]?\s*#?\s*`;

/** Labels that say outright "what follows is the invoice number", best first. */
const MARKED_RULES: RegExp[] = [
  words(
    String.raw`(?:${DOC})(?:\s+(?:d'acompte|de\s+solde|rectificative|finale?))?\s*(?:${MARK})${SEP}${TOKEN}`,
  ),
  words(
    String.raw`(?:n°|nº|num[ée]ro|no\.?|r[ée]f(?:[ée]rence)?\.?)\s+(?:de\s+)?(?:la\s+|l')?(?:facture|avoir)${SEP}${TOKEN}`,
  ),
  words(
    String.raw`(?:invoice|credit\s+note)\s+(?:no\.?|number|num\.?|nr\.?|id|ref(?:erence)?)${SEP}${TOKEN}`,
  ),
  words(String.raw`(?:rechnungs|gutschrifts?)-?\s*(?:nummer|nr\.?)${SEP}${TOKEN}`),
  // A title « FACTURE » and, a few lines below in its column, « N° 2026-031 ».
  new RegExp(
    String.raw`(?:^|\t)(?:${DOC})(?=\t|\n)[^]{0,200}?(?:^|\t)(?:n°|nº|no\.?|nr\.?|#)${SEP}${TOKEN}`,
    'gimu',
  ),
];
/** « Facture F-2026-001 », "Invoice INV-1042": weaker, on one line, the number must look like one. */
const BARE_RULE = words(String.raw`(?:facture|invoice|rechnung|gutschrift)[ \t]*:?[ \t]*#?[ \t]*${TOKEN}`);

/** The invoice number, or null. */
export function findInvoiceNumber(text: string): string | null {
  for (const re of MARKED_RULES) {
    for (const m of text.matchAll(re)) {
      const token = cleanToken(m[1]!);
      if (token && isNumberLike(token, 1)) return token;
    }
  }
  for (const m of text.matchAll(BARE_RULE)) {
    const token = cleanToken(m[1]!);
    if (token && isNumberLike(token, 3)) return token;
  }
  return null;
}

function cleanToken(raw: string): string {
  return raw.replace(/[.\-_/]+$/, '');
}

export function isNumberLike(token: string, minLength: number): boolean {
  if (token.length < minLength || token.length > 40) return false;
  if (!/\d/.test(token)) return false;
  // Dates, amounts and bare years are what follows « Facture du », « Invoice 2026 »…
  if (findDates(token).length > 0) return false;
  if (/^\d+[.,]\d{2}$/.test(token)) return false;
  if (minLength > 1 && /^(?:19|20)\d{2}$/.test(token)) return false;
  return true;
}

const CREDIT_NOTE_RE =
  /(?<!\p{L})(?:avoir\s*(?:n°|nº|no\.?|num[ée]ro)|facture\s+d'avoir|credit\s+note|credit\s+memo|gutschrift|note\s+de\s+cr[ée]dit|rechnungskorrektur)(?!\p{L})|^\s*AVOIR(?!\p{L})/imu;
const INVOICE_RE = /(?<!\p{L})(?:factures?|invoices?|rechnung(?:s\p{L}*)?)(?!\p{L})/iu;

/** 'credit_note' for « avoir », "credit note", « Gutschrift »; 'invoice' when it says so; else null. */
export function documentTypeOf(text: string): 'invoice' | 'credit_note' | null {
  if (CREDIT_NOTE_RE.test(text)) return 'credit_note';
  return INVOICE_RE.test(text) ? 'invoice' : null;
}
