/**
 * Bytes to text. French banks still export Windows-1252 (Crédit Agricole, Société Générale,
 * La Banque Postale, Shine) while neobanks write UTF-8, sometimes with a BOM: the encoding is
 * read from the bytes, never guessed from the bank. Strict UTF-8 first (a Latin-1 « é » is
 * not valid UTF-8), else Windows-1252, a superset of Latin-1 for printable text.
 */
export function decodeStatement(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(body);
    return {
      text: text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] || c),
      encoding: 'windows-1252',
    };
  }
}

/**
 * Bytes 0x80–0x9F in Windows-1252 (« € », « œ », curly quotes…). Browsers decode them, but
 * Node's TextDecoder treats the label as ISO-8859-1 and leaves C1 controls: mapped here so
 * the CLI reads the same text as the extension. Source: the WHATWG Encoding Standard's
 * index-windows-1252.
 */
const CP1252_HIGH = [
  '€',
  '',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '',
  'Ž',
  '',
  '',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '',
  'ž',
  'Ÿ',
];

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
