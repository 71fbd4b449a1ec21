/** Production bundle sizes, per entrypoint, raw and gzipped (`npm run build` first). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchFigure, BenchSuite } from './types';

const OUT = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The files an entrypoint loads: its own script plus the chunks it imports, read from the HTML or manifest. */
function entrypointFiles(): Map<string, string[]> {
  const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
  const map = new Map<string, string[]>();
  map.set('background', [manifest.background.service_worker]);
  // Every content script, those registered at run time (invoice pages) included.
  for (const js of readdirSync(join(OUT, 'content-scripts')).filter((f) => f.endsWith('.js'))) {
    map.set(js.replace(/\.js$/, ''), [`content-scripts/${js}`]);
  }
  for (const html of readdirSync(OUT).filter((f) => f.endsWith('.html'))) {
    const text = readFileSync(join(OUT, html), 'utf8');
    const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    map.set(html.replace('.html', ''), refs);
  }
  return map;
}

const suite: BenchSuite = async () => {
  if (!existsSync(OUT))
    return [{ figure: 'bundle: run `npm run build` first', measured: '—', budget: '—', ok: false }];
  const figures: BenchFigure[] = [];
  for (const [name, files] of entrypointFiles()) {
    const bytes = files.map((f) => readFileSync(join(OUT, f)));
    const raw = bytes.reduce((s, b) => s + b.length, 0);
    const gz = bytes.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0);
    const isGmail = name.startsWith('gmail');
    figures.push({
      figure: `bundle ${name} (raw / gzip)`,
      measured: `${kb(raw)} / ${kb(gz)}`,
      // Issue #4: the Gmail content script stays under 30 KB gzipped.
      budget: isGmail ? '≤ 30 KB gzip' : '—',
      ok: isGmail ? gz <= 30 * 1024 : null,
    });
  }
  const total = readdirSync(OUT, { recursive: true })
    .map((f) => join(OUT, String(f)))
    .filter((f) => statSync(f).isFile())
    .reduce((s, f) => s + statSync(f).size, 0);
  figures.push({ figure: 'bundle total (unpacked extension)', measured: kb(total), budget: '—', ok: null });
  return figures;
};
export default suite;
