/**
 * Bytes → text for every file a user brings (invoice CSVs, bank statements): one home for the
 * encoding decision, so both readers accept the same files. A UTF-16 BOM decides UTF-16 (Excel's
 * « Texte Unicode »); else strict UTF-8, with or without its BOM; on the first byte that is not
 * UTF-8, Windows-1252 (Excel's « CSV (séparateur : point-virgule) » on a French Windows, and
 * most French banks), which any byte sequence decodes to.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** UTF-16 is told by its BOM only. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Bytes 0x80–0x9F in Windows-1252 (« € », « œ », curly quotes…). Browsers decode them, but
 * Node's TextDecoder (small ICU) reads the label as ISO-8859-1 and leaves C1 controls: mapped
 * here so the CLI and the tests read the same text as the extension. Source: the WHATWG
 * Encoding Standard's index-windows-1252 (https://encoding.spec.whatwg.org/index-windows-1252.txt).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const HAS_C1 = /[\u0080-\u009f]/;
const fixC1 = (text: string) =>
  HAS_C1.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;

/** A decoder fed slice by slice (`stream: true` until the last); UTF-8 ones throw a TypeError on bad bytes. */
export interface SliceDecoder {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

export function sliceDecoder(encoding: TextEncoding): SliceDecoder {
  // The decoders drop the BOM themselves (UTF-8 and UTF-16 alike).
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  if (encoding !== 'windows-1252') return decoder;
  return {
    decode: (bytes, options) => fixC1(decoder.decode(bytes, options)),
  };
}

/** The whole file at once (bank statements, small CSVs); csv-file.ts reads large files slice by slice. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const utf16 = utf16Bom(bytes);
  if (utf16) return { text: sliceDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: sliceDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: sliceDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
