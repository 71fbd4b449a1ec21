/** Production bundle sizes, per entrypoint, raw and gzipped (`npm run build` first). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HEAVY_MARKERS, initialJs } from './initial-js';
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
    // The content script only: gmail-review is an extension page, loaded on demand.
    const isGmail = name === 'gmail';
    figures.push({
      figure: `bundle ${name} (raw / gzip)`,
      measured: `${kb(raw)} / ${kb(gz)}`,
      // Issue #4: the Gmail content script stays under 30 KB gzipped.
      budget: isGmail ? '≤ 30 KB gzip' : '—',
      ok: isGmail ? gz <= 30 * 1024 : null,
    });
  }
  figures.push(...initialFigures());
  const total = readdirSync(OUT, { recursive: true })
    .map((f) => join(OUT, String(f)))
    .filter((f) => statSync(f).isFile())
    .reduce((s, f) => s + statSync(f).size, 0);
  figures.push({ figure: 'bundle total (unpacked extension)', measured: kb(total), budget: '—', ok: null });
  return figures;
};
export default suite;

/** Issue #11: budgets on what the popup and the dashboard load before they paint. */
const INITIAL_BUDGETS_KB = { popup: 60, dashboard: 120 } as const;

function initialFigures(): BenchFigure[] {
  const figures: BenchFigure[] = [];
  const everything = readdirSync(join(OUT, 'chunks')).map((f) =>
    readFileSync(join(OUT, 'chunks', f), 'utf8'),
  );
  for (const [name, budget] of Object.entries(INITIAL_BUDGETS_KB)) {
    // The popup's first script loads its app (entrypoints/popup/app.tsx) at once: it counts.
    const initial = initialJs(OUT, `${name}.html`, name === 'popup' ? 'app' : undefined);
    figures.push({
      figure: `${name} initial JavaScript before first paint (raw / gzip, ${initial.files.length} files)`,
      measured: `${kb(initial.raw)} / ${kb(initial.gzip)}`,
      budget: `≤ ${budget} KB gzip`,
      ok: initial.gzip <= budget * 1024,
    });
    if (name !== 'popup') {
      // The dashboard may open the database first (Dexie); the rest loads with its screens.
      figures.push({
        figure: `${name} first paint loads, of zod, jsPDF, pdf.js, fflate and Dexie`,
        measured: initial.libraries.join(', ') || 'none of them',
        budget: '—',
        ok: null,
      });
      continue;
    }
    // A marker that is in no chunk at all would prove nothing: each must be found somewhere.
    const unseen = Object.entries(HEAVY_MARKERS)
      .filter(([, marker]) => !everything.some((code) => code.includes(marker)))
      .map(([lib]) => lib);
    figures.push({
      figure: 'popup first paint loads no zod, jsPDF, pdf.js, fflate or Dexie code',
      measured:
        unseen.length > 0
          ? `marker not found in the build: ${unseen.join(', ')}`
          : initial.libraries.join(', ') || 'none of them',
      budget: 'none',
      ok: unseen.length === 0 && initial.libraries.length === 0,
    });
  }
  return figures;
}
