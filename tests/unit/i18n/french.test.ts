import { describe, expect, it } from 'vitest';
import { elide } from '../../../core/i18n/elision';
import { countOf, pluralForm } from '../../../core/i18n/plural';
import { translator } from '../../../core/i18n/translate';

describe('plurals through Intl.PluralRules', () => {
  it('French: 0 and 1 are singular, 2 and 1 000 000 plural; English: only 1 is', () => {
    expect(countOf('fr', 0, 'jour', 'jours')).toBe('0 jour');
    expect(countOf('fr', 1, 'jour', 'jours')).toBe('1 jour');
    expect(countOf('fr', 2, 'jour', 'jours')).toBe('2 jours');
    expect(countOf('fr', 1_000_000, 'facture', 'factures')).toBe('1\u202f000\u202f000 factures');
    expect(countOf('en', 0, 'day', 'days')).toBe('0 days');
    expect(countOf('en', 1, 'day', 'days')).toBe('1 day');
    expect(pluralForm('en', 1_000, { one: 'invoice', other: 'invoices' })).toBe('invoices');
  });
});

describe('elision', () => {
  it('« de », « que », « le » elide before a written vowel, never before a consonant, an h or a quote', () => {
    expect(elide('de', 'Acme SAS')).toBe('d’Acme SAS');
    expect(elide('de', 'Écoles Réunies')).toBe('d’Écoles Réunies');
    expect(elide('que', 'Ivan')).toBe('qu’Ivan');
    expect(elide('le', 'appel')).toBe('l’appel');
    expect(elide('de', 'Boulangerie Soleil')).toBe('de Boulangerie Soleil');
    expect(elide('de', 'Hachette')).toBe('de Hachette');
    expect(elide('de', '« Acme »')).toBe('de « Acme »');
  });

  it('the translator elides a placeholder after « de » in French only, and only there', () => {
    const cat = {
      k: { fr: 'facture {number} de {client}', en: 'invoice {number} of {client}' },
      q: { fr: 'Décide que {who} paie le {date}', en: '{who} pays on {date}' },
    } as const;
    const fr = translator(cat, 'fr');
    expect(fr('k', { number: 'F-1', client: 'Acme SAS' })).toBe('facture F-1 d’Acme SAS');
    expect(fr('k', { number: 'F-1', client: 'Lune' })).toBe('facture F-1 de Lune');
    expect(fr('q', { who: 'Ivan', date: '01/02' })).toBe('Décide qu’Ivan paie le 01/02');
    expect(translator(cat, 'en')('k', { number: 'F-1', client: 'Acme SAS' })).toBe('invoice F-1 of Acme SAS');
  });
});
