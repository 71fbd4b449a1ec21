import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../components/i18n';

describe('UI copy', () => {
  it('French and English have the same keys, none empty, with the same placeholders', () => {
    const fr = dictionaries.fr;
    const en = dictionaries.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr) as (keyof typeof fr & string)[]) {
      expect(fr[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(en[key]), key).toEqual(holes(fr[key]));
    }
  });
});
