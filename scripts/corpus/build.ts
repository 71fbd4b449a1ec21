/**
 * `npm run corpus`: rebuilds the development corpus in .corpus/ (gitignored) from the git
 * snapshots of ./sources.ts. For every distinct PDF (by SHA-256) it records where it came from
 * and its licence; for every e-invoice PDF it keeps the truth read from the embedded XML by our
 * own XML reader, and a text-only copy with the attachments removed (what the text path sees).
 *   .corpus/manifest.json   one entry per PDF: source, licence, sha256, kind, truth, pages
 *   .corpus/text/<id>.pdf   the text-only copies the bench reads
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodePdfJs, nodeXmlParser } from '../../core/extract/node';
import { extractFromPdf, openPdf } from '../../core/extract/pdf';
import type { ExtractedInvoice } from '../../core/extract/types';
import { plainValues } from '../../core/extract/values';
import { CORPUS_DIR, type CorpusEntry, type CorpusTruth, MANIFEST } from './manifest';
import { CORPUS_SOURCES, FORBIDDEN_REPOS } from './sources';
import { stripAttachments } from './strip-attachments';

// The fetched snapshots sit beside the checkout (../.mirror) unless CORPUS_MIRRORS says where.
const MIRRORS = process.env.CORPUS_MIRRORS ?? resolve(import.meta.dirname, '../../../.mirror');
const MAX_BYTES = 8 * 1024 * 1024;

const gitDir = (repo: string) => join(MIRRORS, repo.replace('/', '+'), 'repo');
const git = (dir: string, args: string[]) =>
  execFileSync('git', [`--git-dir=${dir}`, ...args], { maxBuffer: 64 * 1024 * 1024 });

function pdfBlobs(dir: string): { path: string; blob: string; size: number }[] {
  const out = git(dir, ['ls-tree', '-r', '-z', '-l', 'HEAD']).toString('utf8');
  return out
    .split('\0')
    .filter(Boolean)
    .map((row) => {
      const [meta, path] = row.split('\t') as [string, string];
      const [, , blob, size] = meta.trim().split(/\s+/);
      return { path, blob: blob!, size: Number(size) };
    })
    .filter((f) => /\.pdf$/i.test(f.path) && f.size > 0 && f.size <= MAX_BYTES);
}

async function main() {
  const root = resolve(import.meta.dirname, '../..', CORPUS_DIR);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'text'), { recursive: true });
  const pdfjs = await nodePdfJs();
  const deps = { pdfjs, xmlParser: nodeXmlParser() };
  const seen = new Set<string>();
  const entries: CorpusEntry[] = [];
  const missing: string[] = [];
  for (const source of CORPUS_SOURCES) {
    if (FORBIDDEN_REPOS.includes(source.repo))
      throw new Error(`${source.repo} is kept for independent measurement`);
    const dir = gitDir(source.repo);
    if (!existsSync(dir)) {
      missing.push(source.repo);
      continue;
    }
    const commit = git(dir, ['rev-parse', 'HEAD']).toString().trim();
    for (const file of pdfBlobs(dir)) {
      if (source.include && !source.include.test(file.path)) continue;
      if (source.exclude?.test(file.path)) continue;
      const bytes = new Uint8Array(git(dir, ['cat-file', 'blob', file.blob]));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (seen.has(sha256)) continue;
      seen.add(sha256);
      const id = sha256.slice(0, 12);
      const base = { id, repo: source.repo, commit, path: file.path, licence: source.licence, sha256 };
      entries.push({ ...base, ...(await examine(bytes, id, root, deps)) });
    }
    process.stderr.write(`${source.repo}: ${entries.length} PDFs so far\n`);
  }
  writeFileSync(join(root, MANIFEST), `${JSON.stringify(entries, null, 1)}\n`);
  const einvoices = entries.filter((e) => e.kind === 'einvoice').length;
  process.stdout.write(
    `corpus: ${entries.length} distinct PDFs, ${einvoices} e-invoices with a text-only copy, in ${root}\n`,
  );
  if (missing.length) process.stdout.write(`not fetched (skipped): ${missing.join(', ')}\n`);
}

type Described = Pick<CorpusEntry, 'kind' | 'pages' | 'truth' | 'note'>;

async function examine(
  bytes: Uint8Array,
  id: string,
  root: string,
  deps: { pdfjs: Awaited<ReturnType<typeof nodePdfJs>>; xmlParser: ReturnType<typeof nodeXmlParser> },
): Promise<Described> {
  const doc = await openPdf(bytes, deps.pdfjs);
  if ('error' in doc) return { kind: 'unreadable', pages: 0, truth: null, note: doc.error };
  const pages = doc.numPages;
  await doc.destroy();
  const result = await extractFromPdf(bytes, deps);
  if (!result.ok || result.format === 'text') return { kind: 'plain', pages, truth: null };
  let stripped: Uint8Array;
  try {
    stripped = await stripAttachments(bytes);
  } catch (e) {
    return { kind: 'unreadable', pages, truth: null, note: `pdf-lib: ${String(e).slice(0, 80)}` };
  }
  // The copy must really be text-only: if pdf.js still finds the XML, the figure would be a lie.
  const check = await extractFromPdf(stripped, deps);
  if (check.ok && check.format !== 'text')
    return { kind: 'unreadable', pages, truth: null, note: 'XML left' };
  writeFileSync(join(root, 'text', `${id}.pdf`), stripped);
  return { kind: 'einvoice', pages, truth: truthOf(result.invoice), note: result.format };
}

function truthOf(inv: ExtractedInvoice): CorpusTruth {
  const { buyerEmail: _email, ...truth } = plainValues(inv);
  return truth;
}

await main();
