import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the core stays pure', () => {
  it('only core/platform touches browser, chrome, window or document globals', () => {
    const offenders = files(join(root, 'core'))
      .filter((f) => !relative(root, f).startsWith('core/platform/'))
      .filter((f) => {
        // Comments may talk about them; code may not use them.
        const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        return /\b(browser|chrome)\.[a-z]+|\bwindow\.|\bdocument\.|\bglobalThis\.(document|window)\b/.test(
          code,
        );
      })
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});
