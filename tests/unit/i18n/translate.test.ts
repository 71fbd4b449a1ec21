import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../core/i18n/catalogue';
import { translator } from '../../../core/i18n/translate';

describe('the translator', () => {
  const fr = translator(catalogue, 'fr');
  const en = translator(catalogue, 'en');

  it('counts follow each language’s plural rules, numbers written its way', () => {
    expect(fr('csv.rowsRead', { count: 0 })).toBe('0 ligne lue');
    expect(fr('csv.rowsRead', { count: 1 })).toBe('1 ligne lue');
    expect(fr('csv.rowsRead', { count: 20_500 })).toBe('20\u202f500 lignes lues');
    expect(en('csv.rowsRead', { count: 0 })).toBe('0 rows read');
    expect(en('csv.rowsRead', { count: 1 })).toBe('1 row read');
    expect(en('csv.partial.unwritten', { count: 2, line: 20_002, message: 'x' })).toBe(
      'From line 20,002 on, 2 invoices were not saved: x',
    );
    // French « many » (a million) is the plural form.
    expect(fr('csv.rowsRead', { count: 1_000_000 })).toBe('1\u202f000\u202f000 lignes lues');
  });

  it('fills placeholders as text, strings as given (a year stays 2026), and shows a missing one', () => {
    expect(fr('set.rates.s1', { year: '2026' })).toContain('2026');
    expect(en('popup.title')).toBe('Tracked invoices');
    expect(fr('problem.bad-email', { value: '<b>x</b>' })).toBe('adresse e-mail invalide : <b>x</b>');
    // Only a cast can forget a value; the hole is then left visible rather than silently empty.
    const loose = fr as unknown as (key: string, values?: object) => string;
    expect(loose('problem.bad-email')).toBe('adresse e-mail invalide : {value}');
  });
});
