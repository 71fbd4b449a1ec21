import { describe, expect, it } from 'vitest';
import { csvEn, csvFr, csvT } from '../../../components/import/csv-i18n';

describe('CSV import copy', () => {
  it('French and English have the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(csvFr) as (keyof typeof csvFr)[])
      expect(holes(csvEn[key]), key).toEqual(holes(csvFr[key]));
  });

  it('counts follow each language’s plural rules, numbers written its way', () => {
    const fr = csvT('fr');
    const en = csvT('en');
    expect(fr.tn('csv.rowsRead', 0)).toBe('0 ligne lue');
    expect(fr.tn('csv.rowsRead', 1)).toBe('1 ligne lue');
    expect(fr.tn('csv.rowsRead', 20_500)).toBe('20\u202f500 lignes lues');
    expect(en.tn('csv.rowsRead', 0)).toBe('0 rows read');
    expect(en.tn('csv.rowsRead', 1)).toBe('1 row read');
    expect(en.tn('csv.partial.unwritten', 2, { line: 20_002, message: 'x' })).toBe(
      'From line 20,002 on, 2 invoices were not saved: x',
    );
  });
});
