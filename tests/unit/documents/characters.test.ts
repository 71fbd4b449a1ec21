/**
 * Helvetica/WinAnsi in jsPDF prints only cp1252: anything else would come out as a wrong byte
 * (U+202F came out as « / »). Every character we write must extract as intended.
 */
import { describe, expect, it } from 'vitest';
import { type DocumentModel, renderPdf, winAnsi } from '../../../core/documents';
import { formatMoney } from '../../../core/money';
import { garbled, pdfText } from './pdf-text';

const doc = (text: string): DocumentModel => ({
  title: 'Caractères',
  lang: 'fr',
  date: '2026-04-02',
  author: 'Test',
  blocks: [{ kind: 'paragraph', text }],
});

describe('characters in PDFs', () => {
  it('French typography extracts exactly: accents, ’, « », €, n°, œ, Œ, amounts from Intl', () => {
    const sample = `éèàçôêâîùûëïÉÀÇ l’échéance « guillemets » ${formatMoney(150_000)} n° 12 œuvre Œuvre – — … °`;
    const text = pdfText(renderPdf(doc(sample)));
    expect(garbled(text)).toEqual([]);
    expect(text).toContain('éèàçôêâîùûëïÉÀÇ l’échéance « guillemets » 1 500,00 € n° 12 œuvre Œuvre – — … °');
  });

  it('maps what WinAnsi lacks through one documented table, and strips accents it cannot print', () => {
    expect(winAnsi('1\u202f500,00\u00a0€')).toBe('1\u00a0500,00\u00a0€');
    expect(winAnsi('a → b ≤ c − d\u2011e')).toBe('a -> b <= c - d-e');
    expect(winAnsi('Łódź Ștefan ő')).toBe('?ódz Stefan o');
    expect(winAnsi('漢')).toBe('?');
  });

  it('a line never breaks inside an amount, wherever it falls on the line', () => {
    for (let words = 14; words <= 24; words++) {
      const long = `${'mot '.repeat(words)}${formatMoney(123_456_789)} fin`;
      const lines = pdfText(renderPdf(doc(long))).split('\n');
      expect(lines.some((l) => l.includes('1 234 567,89 €'))).toBe(true);
    }
  });
});
