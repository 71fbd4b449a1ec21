/**
 * A CSV file's bytes → checked rows, in slices with a pause between them: a 1,000,000-row file
 * (≈ 100 MB) took the dashboard 18.6 s in one block (issue #18); sliced, the page keeps
 * painting (a progress bar) and answering. The encoding is read from the bytes as decode.ts
 * says: a UTF-16 BOM, else strict UTF-8, and on the first byte that is not UTF-8 the file is
 * read again from the start as Windows-1252.
 */

import { sliceDecoder } from '../bytes/decode';
import type { ColumnChoice } from './columns';
import { type CsvParseResult, InvoiceCsvParser, type SavedChoices } from './csv';
import { type CsvEncoding, utf16Bom } from './decode';

export interface CsvFileProgress {
  bytesRead: number;
  bytesTotal: number;
  rowsRead: number;
}

export interface CsvFileOptions {
  /** Bytes decoded and read between two pauses (≈ 1,300 rows of a typical export). */
  sliceBytes?: number;
  onProgress?: (progress: CsvFileProgress) => void;
  /** What a pause is: a macrotask in the page, so it paints; tests may pass their own. */
  pause?: () => Promise<void>;
  /** The columns the user set for this file (the mapping step), else… */
  choice?: ColumnChoice | null;
  /** …the mappings confirmed before, by file shape. */
  saved?: SavedChoices;
}

export const DEFAULT_SLICE_BYTES = 128 * 1024;
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function parseInvoiceCsvBytes(
  bytes: Uint8Array,
  options: CsvFileOptions = {},
): Promise<CsvParseResult & { encoding: CsvEncoding }> {
  const bom = utf16Bom(bytes);
  if (bom) return { ...(await readAs(bytes, bom, options)), encoding: bom };
  try {
    return { ...(await readAs(bytes, 'utf-8', options)), encoding: 'utf-8' };
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    return { ...(await readAs(bytes, 'windows-1252', options)), encoding: 'windows-1252' };
  }
}

/** Throws a TypeError (from the strict decoder) when the bytes are not UTF-8. */
async function readAs(
  bytes: Uint8Array,
  encoding: CsvEncoding,
  options: CsvFileOptions,
): Promise<CsvParseResult> {
  const slice = options.sliceBytes ?? DEFAULT_SLICE_BYTES;
  const pause = options.pause ?? macrotask;
  const decoder = sliceDecoder(encoding);
  const parser = new InvoiceCsvParser(options.choice ?? null, options.saved);
  for (let at = 0; at < bytes.length && parser.reading; at += slice) {
    const end = Math.min(at + slice, bytes.length);
    parser.push(decoder.decode(bytes.subarray(at, end), { stream: true }), false);
    options.onProgress?.({ bytesRead: end, bytesTotal: bytes.length, rowsRead: parser.rows.length });
    await pause();
  }
  parser.push(decoder.decode(), true);
  return parser.result();
}
