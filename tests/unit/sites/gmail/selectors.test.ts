// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GMAIL_SELECTORS } from '../../../../core/sites/gmail/selectors';

const dir = join(import.meta.dirname, '../../../../core/sites/gmail');
const SOURCE = readFileSync(join(dir, 'selectors.ts'), 'utf8');
/** The source dates listed in selectors.ts (`declare const SOURCES`). */
const SOURCES = [
  ...(SOURCE.split('declare const SOURCES')[1]?.split('};')[0] ?? '').matchAll(/'(\d{4}-\d{2})':/g),
].map((m) => m[1]);
/** Each fallback's css and the source date its comment ends with, in file order. */
const DATED = [...SOURCE.matchAll(/\/\*((?:[^*]|\*(?!\/))*?)\*\/\s*f\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => ({
  css: m[2] ?? '',
  // A source's date, or `fixture`: no public source names it, our simulator alone has it.
  confirmed: /\[(\d{4}-\d{2}|fixture)\]\s*$/.exec(m[1]?.trim() ?? '')?.[1] ?? '',
}));
const dateOf = (css: string) => DATED.find((d) => d.css === css)?.confirmed ?? '';

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
        // The date of the public source the selector rests on, never a date of our own; or
        // `fixture`, said as such, when no public source names it.
        expect([...SOURCES, 'fixture'], `${key}: ${f.css}`).toContain(dateOf(f.css));
        expect(() => document.querySelector(f.css), f.css).not.toThrow();
      }
    }
  });

  it('say when their source is from: the 2025-11 reply controls are dated from then or later', () => {
    for (const key of ['replyBar', 'moreOptions', 'menuReply', 'collapsedMessage', 'sendToast'] as const) {
      for (const f of GMAIL_SELECTORS[key]) expect(dateOf(f.css) >= '2025-11', `${key}: ${f.css}`).toBe(true);
    }
    expect(SOURCES).toEqual(['2025-03', '2025-11', '2026-01', '2026-07', '2026-08']);
    expect(DATED).toHaveLength(Object.values(GMAIL_SELECTORS).flat().length);
    expect(GMAIL_SELECTORS.replyControl[0]?.css).toBe('.DILLkc');
    expect(dateOf('.DILLkc')).toBe('2025-11');
    expect(GMAIL_SELECTORS.composeThread[0]?.css).toBe('input[name=lts]');
  });
});
