/**
 * Size guards on the source, before any build (issue #11): what an entry point loads at once is
 * its static import graph. Type-only imports and dynamic import() are not followed: the first
 * vanish from the bundle, the second load on demand. Packages are recorded by name, not entered.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

const parsed = new Map<string, string[]>();

/** The value imports and re-exports of one file (specifiers as written), parsed once. */
function staticImports(file: string): string[] {
  let found = parsed.get(file);
  if (!found) {
    found = readImports(file);
    parsed.set(file, found);
  }
  return found;
}

function readImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        named !== undefined &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return found;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (/\.(tsx?|json)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null; // CSS and other assets
}

/** Every file (relative to the root) and package an entry loads before it runs. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const name = relative(root, file);
    if (files.has(name)) continue;
    files.add(name);
    if (file.endsWith('.json')) continue;
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) {
        const target = resolveLocal(file, specifier);
        if (target) queue.push(target);
      } else {
        // `@scope/name/x` → `@scope/name`, `name/x` → `name`.
        const parts = specifier.split('/');
        packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
  }
  return { files, packages };
}

/** The chain of imports from the entry to a file, to say where a forbidden import comes from. */
function pathTo(entry: string, target: (file: string, packages: string[]) => boolean): string[] | null {
  const start = resolve(root, entry);
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const specifiers = file.endsWith('.json') ? [] : staticImports(file);
    const packages = specifiers.filter((s) => !s.startsWith('.'));
    if (target(relative(root, file), packages)) {
      const chain: string[] = [];
      for (let f: string | null = file; f; f = previous.get(f) ?? null) chain.unshift(relative(root, f));
      return chain;
    }
    for (const s of specifiers.filter((x) => x.startsWith('.'))) {
      const next = resolveLocal(file, s);
      if (next && !previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

/** The popup's first script (it starts the first read) and the app it loads right away. */
const POPUP_FIRST = 'entrypoints/popup/main.tsx';
const POPUP_APP = 'entrypoints/popup/app.tsx';

describe('the import graph of the entry points', () => {
  it('is read for real: the dashboard reaches Dexie, its screens zod, and the popup the files it paints with', () => {
    // The guards below would pass on an empty graph: this shows the walk finds what is there.
    const dashboard = graph('entrypoints/dashboard/main.tsx');
    expect(dashboard.packages).toContain('dexie');
    expect(graph('components/dashboard/InvoicesPage.tsx').packages).toContain('zod');
    expect(graph(POPUP_FIRST).files).toContain('core/db/first-read.ts');
    const popup = graph(POPUP_APP);
    expect(popup.files).toContain('components/Popup.tsx');
    expect(popup.packages).toContain('preact');
  });

  it('the Gmail content script loads neither zod nor the rates table (≤ 30 KB gzipped)', () => {
    const gmail = graph('entrypoints/gmail.content/index.ts');
    expect(gmail.files.size).toBeGreaterThan(10);
    const zod = pathTo('entrypoints/gmail.content/index.ts', (_, packages) => packages.includes('zod'));
    expect(zod, `zod reached by ${zod?.join(' → ')}`).toBeNull();
    for (const rates of ['core/law/rates.ts', 'core/law/rates.json']) {
      const chain = pathTo('entrypoints/gmail.content/index.ts', (file) => file === rates);
      expect(chain, `${rates} reached by ${chain?.join(' → ')}`).toBeNull();
    }
  });

  it('the popup paints without zod, jsPDF, pdf.js, fflate or Dexie (they load on demand)', () => {
    // Its first script starts the read and loads app.tsx at once: both are on the first paint's path.
    for (const entry of [POPUP_FIRST, POPUP_APP]) {
      const popup = graph(entry);
      for (const heavy of ['zod', 'jspdf', 'pdfjs-dist', 'fflate', 'dexie']) {
        const chain = pathTo(entry, (_, packages) => packages.includes(heavy));
        expect(chain, `${heavy} reached by ${chain?.join(' → ')}`).toBeNull();
        expect(popup.packages).not.toContain(heavy);
      }
    }
  });

  it('the dashboard paints without zod, jsPDF, pdf.js or fflate (its screens load them on demand)', () => {
    for (const heavy of ['zod', 'jspdf', 'pdfjs-dist', 'fflate']) {
      const chain = pathTo('entrypoints/dashboard/main.tsx', (_, packages) => packages.includes(heavy));
      expect(chain, `${heavy} reached by ${chain?.join(' → ')}`).toBeNull();
    }
  });
});
