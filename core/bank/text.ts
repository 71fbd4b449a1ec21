import { decodeBytes } from '../bytes/decode';

/**
 * Bytes to text. French banks still export Windows-1252 (Crédit Agricole, Société Générale,
 * La Banque Postale, Shine) while neobanks write UTF-8, sometimes with a BOM: the encoding is
 * read from the bytes, never guessed from the bank, by the one decoder the invoice CSV uses too
 * (core/bytes/decode.ts).
 */
export function decodeStatement(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const { text, encoding } = decodeBytes(bytes);
  // A statement in UTF-16 is read as the decoder gives it; the type keeps the two the bank knew.
  return { text, encoding: encoding === 'windows-1252' ? 'windows-1252' : 'utf-8' };
}

/** A header or a label, compared without case, accents or punctuation: « Montant(EUROS) » → « montant euros ». */
export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Spaces collapsed, for labels that banks wrap over several lines. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
