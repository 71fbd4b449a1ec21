import { describe, expect, it } from 'vitest';
import { nodePdfJs, nodeXmlParser } from '../../../core/extract/node';
import { extractFromPdf, openPdf, pdfText } from '../../../core/extract/pdf';
import { DEFAULT_PDF_LIMITS, inflatedSize } from '../../../core/extract/pdf-guard';
import { encodeAscii85 } from './ascii85';
import { closeAll, profile, snapshot } from './harness';
import {
  flate,
  lzwOf,
  pdfClaimingPages,
  pdfWithContent,
  pdfWithPages,
  runLengthOf,
  spaces,
} from './pdf-bombs';

const MB = 1024 * 1024;
const LIMIT = DEFAULT_PDF_LIMITS.inflatedBytes;
const read = async (bytes: Uint8Array, limits = {}) =>
  extractFromPdf(bytes, { pdfjs: await nodePdfJs(), xmlParser: nodeXmlParser(), limits });
const codeOf = async (bytes: Uint8Array, limits = {}) => {
  const r = await read(bytes, limits);
  return r.ok ? 'ok' : r.error.code;
};
const text = (s: string) => new TextEncoder().encode(s);
const PAGE_TEXT = 'BT /F1 12 Tf 72 700 Td (Facture F-2026-042 Total TTC 1 500,00 EUR) Tj ET\n';

describe('PDF streams are measured before pdf.js inflates them', () => {
  it('[pdf] a 100 MB flate bomb (≈100 KB) is refused before pdf.js opens it, with a clear message', async () => {
    const bomb = await pdfWithContent(flate(spaces(100 * MB)), ['FlateDecode']);
    expect(bomb.length).toBeLessThan(200_000);
    const r = await read(bomb);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('inflates_too_much');
    expect(r.error.message_fr).toMatch(/64 Mo/);
    expect(r.error.message_en).toMatch(/64 MB/);
  });

  // The other bombs against a 4 MB budget: the same code path, a fraction of the time.
  const SMALL = { inflatedBytes: 4 * MB };

  it('[pdf] a double-flate bomb (a few KB) is refused', async () => {
    const bomb = await pdfWithContent(flate(flate(spaces(50 * MB))), ['FlateDecode', 'FlateDecode']);
    expect(bomb.length).toBeLessThan(5_000);
    expect(await codeOf(bomb, SMALL)).toBe('inflates_too_much');
  });

  it('[pdf] a run-length bomb (128× per pair) is refused', async () => {
    const bomb = await pdfWithContent(runLengthOf(8 * MB), ['RunLengthDecode']);
    expect(await codeOf(bomb, SMALL)).toBe('inflates_too_much');
  });

  it('[pdf] an ASCII85 + flate bomb is refused (the text filter in front is decoded too)', async () => {
    const bomb = await pdfWithContent(encodeAscii85(flate(spaces(8 * MB))), ['ASCII85Decode', 'FlateDecode']);
    expect(await codeOf(bomb, SMALL)).toBe('inflates_too_much');
  });

  it('[pdf] ASCIIHex and RunLength streams are measured to their exact size', async () => {
    const content = text(PAGE_TEXT);
    const hex = text(`${[...content].map((b) => b.toString(16).padStart(2, '0')).join(' ')}>`);
    expect(await inflatedSize(await pdfWithContent(hex, ['ASCIIHexDecode']), LIMIT)).toBe(0);
    expect(
      await inflatedSize(await pdfWithContent(flate(hex), ['FlateDecode', 'ASCIIHexDecode']), LIMIT),
    ).toBe(hex.length);
    expect(await inflatedSize(await pdfWithContent(runLengthOf(1280), ['RunLengthDecode']), LIMIT)).toBe(
      1280,
    );
  });

  it('[pdf] an LZW stream is decoded to its exact size, and pdf.js reads the same text', async () => {
    const content = text(PAGE_TEXT.repeat(400));
    const pdf = await pdfWithContent(lzwOf(content), ['LZWDecode']);
    const measured = await inflatedSize(pdf, LIMIT);
    expect(measured).toBe(content.length);
    const doc = await openPdf(pdf, await nodePdfJs());
    if ('error' in doc) throw new Error(doc.error);
    expect(await pdfText(doc)).toContain('F-2026-042');
    await doc.destroy();
  });

  it('[pdf] an LZW bomb over the budget is refused', async () => {
    const pdf = await pdfWithContent(lzwOf(spaces(3 * MB)), ['LZWDecode']);
    expect(pdf.length).toBeLessThan(200_000);
    expect(await codeOf(pdf, { inflatedBytes: 2 * MB })).toBe('inflates_too_much');
  });

  it('[pdf] a normal invoice just under a budget is read, the same file over it refused', async () => {
    const content = text(PAGE_TEXT);
    const pdf = await pdfWithContent(flate(content), ['FlateDecode']);
    const size = await inflatedSize(pdf, LIMIT);
    expect(size).toBe(content.length);
    expect(await codeOf(pdf, { inflatedBytes: content.length })).not.toBe('inflates_too_much');
    expect(await codeOf(pdf, { inflatedBytes: content.length - 1 })).toBe('inflates_too_much');
  });

  it('[pdf] a damaged flate stream counts what it gave and does not throw', async () => {
    const good = flate(spaces(1 * MB));
    const pdf = await pdfWithContent(good.slice(0, good.length >> 1), ['FlateDecode']);
    const size = await inflatedSize(pdf, LIMIT);
    expect(size).not.toBeNull();
    expect(size ?? 0).toBeLessThan(1 * MB);
  });

  it('[pdf] the measure holds little memory while it reads a bomb', async () => {
    const bomb = await pdfWithContent(flate(flate(spaces(100 * MB))), ['FlateDecode', 'FlateDecode']);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    expect(await inflatedSize(bomb, LIMIT)).toBeNull();
    clearInterval(timer);
    // pdf.js inflating the same stream costs its whole size (100 MB and more).
    expect(peak - before).toBeLessThan(60 * MB);
  });
});

describe('page count and time are bounded', () => {
  it('[pdf] a page tree claiming 1,000,000 pages is counted by what it holds (pdf.js checks the last page)', async () => {
    const doc = await openPdf(await pdfClaimingPages(1_000_000), await nodePdfJs());
    if ('error' in doc) throw new Error(doc.error);
    expect(doc.numPages).toBe(1);
    await doc.destroy();
  });

  it('[pdf] 501 real pages are refused, 40 are read (the first 30)', async () => {
    expect(await codeOf(await pdfWithPages(501))).toBe('too_many_pages');
    expect(await codeOf(await pdfWithPages(40))).toBe('nothing_found');
  });

  it('[pdf] a read past its deadline answers too_slow', async () => {
    const pdf = await pdfWithContent(flate(text(PAGE_TEXT.repeat(20_000))), ['FlateDecode']);
    const r = await read(pdf, { readMs: 1 });
    expect(r.ok ? 'ok' : r.error.code).toBe('too_slow');
    if (!r.ok) expect(r.error.message_fr).toMatch(/trop de temps/);
  });

  it('[pdf] a refused PDF writes nothing (the preview shows the reason, the database is as before)', async () => {
    const { db } = profile();
    const before = await snapshot(db);
    await read(await pdfWithContent(flate(spaces(100 * MB)), ['FlateDecode']));
    expect(await snapshot(db)).toBe(before);
    await closeAll();
  });
});
