import { describe, expect, it } from 'vitest';
import { areas, catalogue } from '../../../core/i18n/catalogue';
import type { Entry } from '../../../core/i18n/translate';

const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const unique = (list: (string | undefined)[]) => [...new Set(list)].sort();

/** Every text of an entry in one language: the sentence, or each plural form. */
function texts(entry: Entry, lang: 'fr' | 'en'): string[] {
  const text = entry[lang];
  return typeof text === 'string' ? [text] : [text.one, text.other];
}

describe('UI copy', () => {
  const entries = Object.entries(catalogue) as [string, Entry][];

  it('is read for real: the merged catalogue holds every area, and no key is defined twice', () => {
    expect(entries.length).toBeGreaterThan(700);
    const sizes = Object.values(areas).map((area) => Object.keys(area).length);
    expect(entries.length).toBe(sizes.reduce((a, b) => a + b, 0));
  });

  it('French and English have the same keys, none empty, with the same placeholders', () => {
    for (const [key, entry] of entries) {
      expect(Object.keys(entry).sort(), key).toEqual(['en', 'fr']);
      // A count in one language is a count in the other.
      expect(typeof entry.en, key).toBe(typeof entry.fr);
      for (const text of [...texts(entry, 'fr'), ...texts(entry, 'en')])
        expect(text.trim(), key).not.toBe('');
      const fr = unique(texts(entry, 'fr').flatMap(holes));
      const en = unique(texts(entry, 'en').flatMap(holes));
      expect(en, key).toEqual(fr);
    }
  });

  it('a count has its two forms and is chosen by {count}; no « (s) » anywhere', () => {
    for (const [key, entry] of entries) {
      if (typeof entry.fr !== 'string') {
        for (const lang of ['fr', 'en'] as const) {
          const forms = entry[lang] as { one: string; other: string };
          expect(Object.keys(forms).sort(), key).toEqual(['one', 'other']);
          expect(forms.other, key).toContain('{count}');
        }
      }
      for (const text of [...texts(entry, 'fr'), ...texts(entry, 'en')])
        expect(text, key).not.toMatch(/\(s\)/);
    }
  });
});
