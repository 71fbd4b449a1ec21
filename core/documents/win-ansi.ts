/**
 * jsPDF's standard fonts (Helvetica) are encoded in WinAnsi (cp1252). A character outside it
 * does not fail: jsPDF writes the low byte of its code, so U+202F (Intl's narrow no-break space
 * in « 1 500,00 € ») came out as « / ». Every string therefore passes through `winAnsi` before
 * it is measured or drawn. Checked with pdftotext: é è à ç ô œ Œ ’ « » € ° … – — extract as
 * written, so French typography (’, « », œ) is kept; only what follows is replaced.
 */

import { cp1252Code } from './pdf/helvetica-widths';

/** Documented replacements; U+00A0 is kept so that the line breaker does not split there. */
const REPLACEMENTS: Record<string, string> = {
  '\u202f': '\u00a0', // narrow no-break space (Intl, French thousands and « € »)
  '\u2007': '\u00a0', // figure space
  '\u2009': ' ', // thin space
  '\u200a': ' ', // hair space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u200b': '', // zero-width space
  '\u200d': '',
  '\ufeff': '',
  '\t': ' ',
  '\r': '',
  '\u2028': '\n',
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '–',
  '\u2212': '-', // minus sign
  '\u2032': '’',
  '\u2033': '”',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2713': 'x',
  '\u2714': 'x',
  '\u2022': '•',
  '\u25cf': '•',
  '\u0152': 'Œ',
};

/** A character Helvetica/WinAnsi prints (the five unused cp1252 codes excluded), or a line break. */
function encodable(ch: string): boolean {
  const code = cp1252Code(ch);
  return ch === '\n' || (code !== null && ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(code));
}

/**
 * Maps a string onto what Helvetica/WinAnsi can print. A letter outside it loses its accent
 * when it has one (« ő » → « o », « ș » → « s »); anything else becomes « ? ».
 */
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const mapped = REPLACEMENTS[ch] ?? ch;
    if ([...mapped].every(encodable)) {
      out += mapped;
      continue;
    }
    const stripped = mapped.normalize('NFD').replace(/\p{M}/gu, '');
    out += [...stripped].every(encodable) && stripped !== '' ? stripped : '?';
  }
  return out;
}

/** The final form handed to jsPDF: no-break spaces printed as plain spaces (extractable). */
export function printable(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}
