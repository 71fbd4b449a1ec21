/**
 * PDFs built to cost memory: a page whose content stream inflates far beyond its size, through
 * each filter that can grow its input, and documents claiming absurd page counts. Built with
 * pdf-lib around raw streams so the filters are exactly the ones named.
 */
import { deflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  type PDFStream,
  StandardFonts,
} from 'pdf-lib';

/** A content stream of `size` spaces: harmless operators, any size. */
export function spaces(size: number): Uint8Array {
  return new Uint8Array(size).fill(0x20);
}

/** A one-page PDF whose page content is `data` encoded by `filters` (in decoding order). */
export async function pdfWithContent(data: Uint8Array, filters: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.node.setFontDictionary(PDFName.of('F1'), font.ref);
  const dict = doc.context.obj({
    Filter: filters.length === 1 ? PDFName.of(filters[0] ?? '') : filters.map((f) => PDFName.of(f)),
    Length: PDFNumber.of(data.length),
  });
  const stream: PDFStream = PDFRawStream.of(dict, data);
  page.node.set(PDFName.of('Contents'), doc.context.register(stream));
  return doc.save({ useObjectStreams: false });
}

export const flate = (bytes: Uint8Array) => new Uint8Array(deflateSync(bytes, { level: 9 }));

/** RunLength (ISO 32000-1 §7.4.5): 129 → the next byte 128 times. */
export function runLengthOf(size: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(size / 128) * 2 + 1);
  for (let i = 0; i < out.length - 1; i += 2) {
    out[i] = 129;
    out[i + 1] = 0x20;
  }
  out[out.length - 1] = 128;
  return out;
}

/** LZW (§7.4.4.2, early change) of `data`: a plain encoder, for the decoder's tests. */
export function lzwOf(data: Uint8Array): Uint8Array {
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  let width = 9;
  const put = (code: number) => {
    acc = (acc << width) | code;
    bits += width;
    while (bits >= 8) {
      bytes.push((acc >> (bits - 8)) & 0xff);
      bits -= 8;
    }
    acc &= (1 << bits) - 1;
  };
  // The table as a trie: (code of the prefix, next byte) → code.
  let table = new Map<number, number>();
  let next = 258;
  put(256);
  let w = -1;
  for (const b of data) {
    if (w < 0) {
      w = b;
      continue;
    }
    const known = table.get(w * 256 + b);
    if (known !== undefined) {
      w = known;
      continue;
    }
    put(w);
    table.set(w * 256 + b, next++);
    // The decoder adds its entry one code later, hence `next` here against its `next + 1`.
    if (next >= 1 << width && width < 12) width++;
    if (next >= 4094) {
      put(256);
      table = new Map();
      next = 258;
      width = 9;
    }
    w = b;
  }
  if (w >= 0) put(w);
  put(257);
  if (bits > 0) bytes.push((acc << (8 - bits)) & 0xff);
  return Uint8Array.from(bytes);
}

/** A PDF whose page tree root claims `count` pages (pdf.js reads /Count for numPages). */
export async function pdfClaimingPages(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage([595, 842]);
  doc.catalog.Pages().set(PDFName.of('Count'), PDFNumber.of(count));
  return doc.save({ useObjectStreams: false });
}

/** A real page list of `count` pages (each a kid of the root). */
export async function pdfWithPages(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < count; i++) doc.addPage([595, 842]);
  const kids = doc.catalog.Pages().lookup(PDFName.of('Kids'), PDFArray);
  if (kids.size() !== count) throw new Error('page list');
  return doc.save({ useObjectStreams: false });
}
