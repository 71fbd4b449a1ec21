/**
 * The store packages `npm run zip` and `npm run zip:firefox` write (`npm run bench` makes them
 * first): their sizes, and that each one is there. Informative: the stores' own limits are far
 * above ours (AMO takes add-ons up to 200 MB).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchFigure, BenchSuite } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output');

const PACKAGES = [
  { file: 'chrome', what: 'Chrome Web Store', build: 'chrome-mv3' },
  { file: 'firefox', what: 'addons.mozilla.org', build: 'firefox-mv3' },
  { file: 'sources', what: 'AMO sources', build: 'firefox-mv3' },
] as const;

const suite: BenchSuite = async () => {
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
  return PACKAGES.map(({ file, what, build }): BenchFigure => {
    const name = `echeance-${version}-${file}.zip`;
    const path = join(OUT, name);
    if (!existsSync(path))
      return {
        figure: `package ${name}: run \`npm run zip\` and \`npm run zip:firefox\``,
        measured: '—',
        budget: '—',
        ok: false,
      };
    const size = statSync(path);
    // A build made after the zip means the zip may not hold what was measured above.
    const manifest = join(OUT, build, 'manifest.json');
    const stale = existsSync(manifest) && statSync(manifest).mtimeMs > size.mtimeMs + 60_000;
    return {
      figure: `package ${name} (${what})${stale ? ', older than the last build' : ''}`,
      measured: `${(size.size / 1024).toFixed(1)} KB`,
      budget: '—',
      ok: null,
    };
  });
};

export default suite;
