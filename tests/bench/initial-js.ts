/**
 * What an extension page loads before it can paint: the module scripts and modulepreloads its
 * HTML names, plus every chunk they import statically (dynamic import() excluded: that is what
 * loads on demand). Read from the built files, so it is what Chromium fetches.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  files: string[];
  raw: number;
  gzip: number;
  /** Libraries found in those files, by a string only their code contains. */
  libraries: string[];
}

/** Strings that only these libraries' code contains (checked against the build, see below). */
export const HEAVY_MARKERS: Record<string, string> = {
  zod: 'ZodError',
  jsPDF: 'jsPDF',
  'pdf.js': 'GlobalWorkerOptions',
  'fflate (ZIP)': 'invalid zip data',
  // One of Dexie's error names (its class names are minified, these strings are not).
  Dexie: 'MissingAPIError',
};

/** Static imports of a built ES module: `import … from "./x.js"` and `import "./x.js"`, not `import("…")`. */
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g;

/** `import("./x.js")` in a built module (Vite wraps it in its preload helper). */
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;

/**
 * `atOnce`: the name of a chunk the page's first script imports dynamically and at once (the
 * popup's app.tsx, loaded while its first read runs): it counts, with everything it imports.
 */
export function initialJs(outDir: string, html: string, atOnce?: string): InitialJs {
  const text = readFileSync(join(outDir, html), 'utf8');
  const roots = [
    ...text.matchAll(/<script[^>]*type="module"[^>]*src="\/?([^"]+\.js)"/g),
    ...text.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  if (atOnce) {
    for (const root of [...roots]) {
      const code = readFileSync(join(outDir, root), 'utf8');
      for (const m of code.matchAll(DYNAMIC_IMPORT)) {
        const file = posix.normalize(posix.join(posix.dirname(root), m[1]!));
        if (posix.basename(file).startsWith(`${atOnce}-`)) roots.push(file);
      }
    }
  }
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), m[1]!)));
    }
  }
  const files = [...seen].sort();
  const codes = files.map((f) => readFileSync(join(outDir, f)));
  const all = codes.map((c) => c.toString('utf8')).join('\n');
  return {
    files,
    raw: codes.reduce((s, c) => s + c.length, 0),
    gzip: codes.reduce((s, c) => s + gzipSync(c, { level: 9 }).length, 0),
    libraries: Object.entries(HEAVY_MARKERS)
      .filter(([, marker]) => all.includes(marker))
      .map(([name]) => name),
  };
}
