/**
 * The project's own source files and what each imports, read with the TypeScript parser (not
 * regular expressions: a comment or a string that mentions a path is not an import). Every kind
 * of import counts for layering — type-only ones too, since a type names a module's shapes, and
 * dynamic import(), since it loads the module all the same.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const root = resolve(import.meta.dirname, '../../..');

/** The folders that hold the extension's source (tests, scripts and fixtures are not layered). */
export const SOURCE_FOLDERS = ['core', 'components', 'entrypoints'] as const;

export interface Import {
  /** The importing file, relative to the root (`core/db/repository.ts`). */
  from: string;
  /** The imported file relative to the root, or the package name as written. */
  to: string;
  /**
   * Values imported (`default` for a default import, `*` for a namespace, a re-export of all or
   * an import()); names marked `type` are left out.
   */
  names: string[];
  /** Nothing of it exists at run time: `import type`, or every named import marked `type`. */
  typeOnly: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every .ts/.tsx source file under core/, components/ and entrypoints/, relative to the root. */
export function sourceFiles(): string[] {
  return SOURCE_FOLDERS.flatMap((folder) => walk(join(root, folder))).map((f) => relative(root, f));
}

function resolveSpecifier(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = resolve(root, dirname(from), specifier);
  for (const candidate of [
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
    base,
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  }
  return relative(root, base);
}

function namesOf(clause: ts.ImportClause | undefined): { names: string[]; typeOnly: boolean } {
  if (!clause) return { names: [], typeOnly: false }; // `import './side-effect'`
  const names: string[] = [];
  let allTypes = clause.isTypeOnly;
  if (clause.name) names.push('default');
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
  if (bindings && ts.isNamedImports(bindings)) {
    // `import { type A, b }`: only `b` exists at run time.
    for (const e of bindings.elements) if (!e.isTypeOnly) names.push((e.propertyName ?? e.name).text);
    allTypes ||=
      clause.name === undefined &&
      bindings.elements.length > 0 &&
      bindings.elements.every((e) => e.isTypeOnly);
  }
  return { names, typeOnly: allTypes };
}

const cache = new Map<string, Import[]>();

/** What one file imports, static and dynamic. */
export function importsOf(file: string): Import[] {
  const known = cache.get(file);
  if (known) return known;
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const add = (specifier: string, names: string[], typeOnly: boolean) =>
    found.push({ from: file, to: resolveSpecifier(file, specifier), names, typeOnly });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const { names, typeOnly } = namesOf(node.importClause);
      add(node.moduleSpecifier.text, names, typeOnly);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const names =
        clause && ts.isNamedExports(clause)
          ? clause.elements.map((e) => (e.propertyName ?? e.name).text)
          : ['*'];
      add(node.moduleSpecifier.text, names, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, ['*'], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      // `typeof import('../x')` in a type position.
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) add(literal.text, ['*'], true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  cache.set(file, found);
  return found;
}

/** `core/db`, `core/sites`… for a core file; `components` or `entrypoints` otherwise. */
export function areaOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'core') return parts.length > 2 ? `core/${parts[1]}` : 'core';
  return parts[0] ?? path;
}

/** Lines as an editor counts them (a final newline does not open one more). */
export function lineCount(file: string): number {
  const text = readFileSync(join(root, file), 'utf8');
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
