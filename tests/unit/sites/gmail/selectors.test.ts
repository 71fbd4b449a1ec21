// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GMAIL_SELECTORS } from '../../../../core/sites/gmail/selectors';

const dir = join(import.meta.dirname, '../../../../core/sites/gmail');

describe('Gmail selectors', () => {
  it('live in selectors.ts only', () => {
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'selectors.ts')
      .filter((f) =>
        /\.(querySelector(All)?|closest|matches)\(\s*['"`]/.test(readFileSync(join(dir, f), 'utf8')),
      );
    expect(offenders).toEqual([]);
  });

  it('each fallback has a note: the comment right before it says what it targets and where from', () => {
    const source = readFileSync(
      join(import.meta.dirname, '../../../../core/sites/gmail/selectors.ts'),
      'utf8',
    );
    const calls = [...source.matchAll(/(\/\*\s*([^*]*?)\s*\*\/)?\s*\bf\(\s*['"]/g)];
    expect(calls.length).toBe(Object.values(GMAIL_SELECTORS).flat().length);
    for (const call of calls) expect(call[2]?.length ?? 0, call[0]).toBeGreaterThan(10);
  });

  it('each have a confirmation date, and localised labels come last in both languages', () => {
    for (const [key, fallbacks] of Object.entries(GMAIL_SELECTORS)) {
      expect(fallbacks.length, key).toBeGreaterThan(0);
      const localised = fallbacks.map((f) => /aria-label|data-tooltip/.test(f.css));
      expect(
        localised.indexOf(true) === -1 || localised.slice(localised.indexOf(true)).every(Boolean),
        key,
      ).toBe(true);
      const fr = fallbacks.some((f) => /Répondre|Envoyer|Supprimer/.test(f.css));
      const en = fallbacks.some((f) => /Reply|Send|Discard/.test(f.css));
      expect(fr, key).toBe(en);
      for (const f of fallbacks) {
        expect(f.confirmed, key).toMatch(/^\d{4}-\d{2}/);
        expect(() => document.querySelector(f.css), f.css).not.toThrow();
      }
    }
  });
});
