import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A lint rule for the Gmail content script's code (issue #13): page content is data, never
 * markup, and nothing runs in Gmail's main world (which enforces Trusted Types anyway). Comments
 * are left out of the scan, so a sentence may name what it forbids.
 */
const ROOT = join(import.meta.dirname, '../../../..');
const DIRS = ['entrypoints/gmail.content', 'core/sites/gmail', 'components/gmail'];
const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\s*\(/],
  ['main-world script', /world\s*:\s*['"]MAIN['"]|injectScript\s*\(|createElement\(\s*['"]script['"]/i],
  ['eval / Function from a string', /\beval\s*\(|\bnew\s+Function\s*\(/],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('the Gmail content script writes no markup and runs nothing in the page', () => {
  const all = DIRS.flatMap((d) => files(join(ROOT, d)));

  it('scans every source file of its three folders', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  for (const [name, pattern] of FORBIDDEN) {
    it(`uses no ${name}`, () => {
      const offenders = all.filter((f) => pattern.test(withoutComments(readFileSync(f, 'utf8'))));
      expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
    });
  }

  it('the rule catches what it forbids', () => {
    const bad = [
      'el.innerHTML = x',
      'el.insertAdjacentHTML("beforeend", x)',
      "world: 'MAIN'",
      'document.write(x)',
    ];
    for (const line of bad)
      expect(
        FORBIDDEN.some(([, p]) => p.test(withoutComments(line))),
        line,
      ).toBe(true);
    expect(FORBIDDEN.some(([, p]) => p.test(withoutComments('// no innerHTML here')))).toBe(false);
  });
});
