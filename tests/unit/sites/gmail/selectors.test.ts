// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GMAIL_SELECTORS, SOURCES } from '../../../../core/sites/gmail/selectors';

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
        // The date of the public source the selector rests on, never a date of our own.
        expect(Object.keys(SOURCES), `${key}: ${f.css}`).toContain(f.confirmed);
        expect(() => document.querySelector(f.css), f.css).not.toThrow();
      }
    }
  });

  it('say when their source is from: the 2025-11 reply controls are dated from then or later', () => {
    for (const key of ['replyBar', 'moreOptions', 'menuReply', 'collapsedMessage', 'sendToast'] as const) {
      for (const f of GMAIL_SELECTORS[key]) expect(f.confirmed >= '2025-11', `${key}: ${f.css}`).toBe(true);
    }
    expect(GMAIL_SELECTORS.replyControl[0]).toEqual({ css: '.DILLkc', confirmed: '2025-11' });
    expect(GMAIL_SELECTORS.composeThread[0]?.css).toBe('input[name=lts]');
  });
});
