/**
 * A long history (12 invoices, 40 reminders) runs over several pages: no line and no table row
 * is cut by a page break, the table header comes back on each page, pages say « Page n/N ».
 */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../core/dates';
import { buildFormalNoticePdf, type DocumentModel, renderPdf } from '../../../core/documents';
import * as S from '../../fixtures/documents/samples';
import { flat, garbled, pageCount, pdfText, wordBoxes } from './pdf-text';

describe('page breaks', () => {
  const input = S.longHistoryInput();
  const bytes = buildFormalNoticePdf(input).bytes;
  const pages = pageCount(bytes);
  const texts = Array.from({ length: pages }, (_, i) => flat(pdfText(bytes, i + 1)));

  it('a formal notice with 12 invoices and 40 reminders takes several numbered pages', () => {
    expect(pages).toBeGreaterThan(1);
    texts.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1}/${pages}`);
      expect(garbled(text)).toEqual([]);
    });
  });

  it('every reminder row sits whole on one line of one page, under a repeated header', () => {
    const byId = new Map(input.invoices.map((i) => [i.id, i.number]));
    for (const e of input.events) {
      const row = `${formatDate(e.date)} Relance par e-mail ${byId.get(e.invoiceId)}`;
      const onPages = texts.filter((t) => t.split('\n').some((line) => line.trim() === row));
      expect(onPages, row).toHaveLength(1);
    }
    const pagesWithRows = texts.filter((t) => /\d{2}\/\d{2}\/\d{4} Relance par e-mail/.test(t));
    expect(pagesWithRows.length).toBeGreaterThan(1);
    for (const t of pagesWithRows) expect(t).toMatch(/^ *Date Relance Factures *$/m);
  });

  it('a multi-line table row is never split: each two-line label stays on its page', () => {
    for (const t of texts) {
      const first = t.match(/Indemnité forfaitaire pour/g)?.length ?? 0;
      expect(t.match(/frais de recouvrement/g)?.length ?? 0).toBe(first);
    }
    const all = texts.join('\n');
    expect(all.match(/Indemnité forfaitaire pour/g)).toHaveLength(12);
  });

  it('no line is drawn below the bottom margin or over the page number', () => {
    // 100 paragraphs of 3 lines: every line must be found whole, and pages must number them.
    const doc: DocumentModel = {
      title: 'Test',
      lang: 'fr',
      date: '2026-04-02',
      author: 'Test',
      blocks: Array.from({ length: 100 }, (_, i) => ({
        kind: 'paragraph' as const,
        text: `Paragraphe ${i + 1} : ${'une phrase assez longue pour remplir la ligne, '.repeat(4)}fin ${i + 1}.`,
      })),
    };
    const pdf = renderPdf(doc);
    const n = pageCount(pdf);
    expect(n).toBeGreaterThan(3);
    const all = Array.from({ length: n }, (_, i) => flat(pdfText(pdf, i + 1)));
    for (let i = 1; i <= 100; i++) {
      const page = all.findIndex((t) => t.includes(`Paragraphe ${i} :`));
      expect(page, `paragraphe ${i}`).toBeGreaterThanOrEqual(0);
      expect(all.some((t) => t.includes(`fin ${i}.`))).toBe(true);
    }
    // Text stays within 20–278 mm; only the running header (10 mm) and the page number (285 mm) sit outside.
    const outside = wordBoxes(pdf).filter((w) => w.top < 18 || w.bottom > 279);
    expect(outside.every((w) => w.top < 14 || w.top > 282)).toBe(true);
    expect(outside.filter((w) => w.word === 'Page')).toHaveLength(n);
  });
});
