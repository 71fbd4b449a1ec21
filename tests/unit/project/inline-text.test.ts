/**
 * No UI word typed inline: what the user reads comes from the catalogue (core/i18n/catalogue),
 * in French and English side by side. Pragmatic heuristics over the TypeScript syntax tree of
 * components/ and entrypoints/ (comments are not read):
 * - a JSX text node with a letter in it;
 * - a string given to a JSX attribute the user reads or hears (title, aria-label, placeholder,
 *   alt, label) with a letter in it;
 * - any string literal with a character only French prose uses (accents, ’, « »).
 * What is allowed stays listed below, each with its reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../core/i18n/catalogue';

const root = resolve(import.meta.dirname, '../../..');
const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label', 'aria-description']);
const LETTER = /[A-Za-zÀ-ÿ]/;
const FRENCH = /[éèêëàâùûçôîïœÉÈÊÀÇÔ’«»]/;

/** `file: text` pairs that are not UI words, and why. */
const ALLOWED: Record<string, string> = {
  // The product's name, the same in both languages, in console messages for developers.
  'entrypoints/background/index.ts: [Échéance] planification': 'console diagnostics, not shown to the user',
  'entrypoints/background/index.ts: [Échéance] auto-backup': 'console diagnostics, not shown to the user',
  'entrypoints/background/web-detect.ts: [Échéance] sites de facturation': 'console diagnostics',
  'entrypoints/background/scheduler.ts: [Échéance] notification': 'console diagnostics',
  // The reason Chrome asks of an offscreen document: read by the browser, never shown.
  'entrypoints/background/extract-pdf.ts: Lire la facture PDF jointe à un message Gmail : pdf.js a besoin d’un DOM et d’un worker.':
    'offscreen justification (chrome.offscreen API), not UI',
  'entrypoints/background/extract-pdf.ts: réponse illisible':
    'diagnostic detail of an unreadable-PDF outcome',
  'entrypoints/offscreen/main.ts: requête invalide': 'diagnostic detail of an unreadable-PDF outcome',
  'components/Popup.tsx: [Échéance] lecture impossible': 'console diagnostics',
  'entrypoints/popup/main.tsx: [Échéance] ouverture impossible': 'console diagnostics',
  'components/lazy.tsx: [Échéance] chargement impossible': 'console diagnostics',
  'components/popup-live.ts: [Échéance] lecture anticipée impossible': 'console diagnostics',
  'components/use-live-query.ts: [Échéance] lecture impossible': 'console diagnostics',
  // The sample client of the reminder preview: data, as a stored client's address would be.
  'components/settings/StepPreview.tsx: 1 rue de l’Exemple\n69001 Lyon': 'sample data in the preview',
  // Known gap: two refusals the background throws in French only. They move with the handlers to
  // core/app (issue #12 item 1), where the error can be a catalogue key the page translates.
  'entrypoints/background/handlers.ts: aucune relance à faire aujourd’hui pour cette facture':
    'known gap, see above',
  'entrypoints/background/handlers.ts: un scénario prédéfini ne se modifie pas : dupliquez-le':
    'known gap, see above',
};

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

function inlineTexts(file: string): string[] {
  const code = readFileSync(join(root, file), 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.text.replace(/\s+/g, ' ').trim();
      if (LETTER.test(text)) found.push(text);
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText(source);
      if (READ_ATTRIBUTES.has(name) && LETTER.test(node.initializer.text)) found.push(node.initializer.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (FRENCH.test(node.text)) found.push(node.text);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      if (FRENCH.test(parts)) found.push(parts);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('UI words live in the catalogue', () => {
  const files = [...sources('components'), ...sources('entrypoints')].map((f) =>
    relative(root, join(root, f)),
  );

  it('is read for real: the scan sees the files and would catch a French word typed in JSX', () => {
    expect(files.length).toBeGreaterThan(80);
    const probe = ts.createSourceFile(
      'p.tsx',
      'const x = <p>Payée</p>;',
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    );
    let seen = false;
    const visit = (n: ts.Node) => {
      if (ts.isJsxText(n) && LETTER.test(n.text)) seen = true;
      ts.forEachChild(n, visit);
    };
    visit(probe);
    expect(seen).toBe(true);
  });

  it('no text node, read attribute or French string typed inline in components/ and entrypoints/', () => {
    const offenders = files.flatMap((file) =>
      inlineTexts(file)
        .map((text) => `${file}: ${text}`)
        // A catalogue key handed to a component that translates it is not a word.
        .filter((entry) => !(entry in ALLOWED) && !(entry.slice(file.length + 2) in catalogue)),
    );
    expect(offenders).toEqual([]);
  });
});
