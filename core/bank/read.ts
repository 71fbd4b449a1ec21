/**
 * One entry point for a statement file: bytes in, lines out, whatever the format. The format
 * is recognised from the content (an OFX header, a CAMT.053 document), the file name only
 * breaking ties, so a renamed export still reads.
 */
import type { XmlParser } from '../extract/xml-dom';
import { looksLikeCamt053, readCamt053 } from './camt';
import { readBankCsv } from './csv';
import type { CsvMapping } from './mapping';
import { looksLikeOfx, readOfx } from './ofx';
import { decodeStatement } from './text';
import { type BankReadResult, bankError, MAX_STATEMENT_BYTES } from './types';

interface ReadDeps {
  xmlParser: XmlParser;
  mappings?: readonly CsvMapping[];
}

export function readStatement(bytes: Uint8Array, deps: ReadDeps): BankReadResult {
  if (bytes.length === 0) return { ok: false, error: bankError('empty', 'le fichier est vide') };
  if (bytes.length > MAX_STATEMENT_BYTES) {
    return { ok: false, error: bankError('too-large', 'fichier trop volumineux (20 Mo au plus)') };
  }
  const { text } = decodeStatement(bytes);
  if (looksLikeOfx(text)) return readOfx(text);
  if (/^\s*</.test(text)) {
    if (looksLikeCamt053(text)) return readCamt053(text, deps.xmlParser);
    return { ok: false, error: bankError('unknown-format', 'ce fichier XML n’est pas un relevé CAMT.053') };
  }
  return readBankCsv(text, deps.mappings ?? []);
}

/** Only the money received: what can pay an invoice. */
export function creditsOf(result: Extract<BankReadResult, { ok: true }>) {
  return result.lines.filter((l) => l.amountCents > 0);
}
