/**
 * The text of a CSV file whatever spreadsheet saved it: the decision is core/bytes/decode.ts's,
 * shared with the bank statements' reader.
 */
import { decodeBytes, type TextEncoding, utf16Bom } from '../bytes/decode';

export type CsvEncoding = TextEncoding;
export { utf16Bom };

/** The whole file at once; csv-file.ts reads large files the same way, slice by slice. */
export const decodeCsvBytes = decodeBytes;

/** The zip signature every .xlsx starts with (read-excel-file reads those; a CSV never starts so). */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
