/**
 * `npm run corpus`: rebuilds the development corpus in .corpus/ (gitignored) from the git
 * snapshots of ./sources.ts. For every distinct PDF (by SHA-256) it records where it came from
 * and its licence; for every e-invoice PDF it keeps the truth read from the embedded XML by our
 * own XML reader, and a text-only copy with the attachments removed (what the text path sees).
 *   .corpus/manifest.json   one entry per PDF: source, licence, sha256, kind, truth, pages
 *   .corpus/text/<id>.pdf   the text-only copies the bench reads
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodePdfJs, nodeXmlParser } from '../../core/extract/node';
import { extractFromPdf, openPdf } from '../../core/extract/pdf';
import type { ExtractedInvoice } from '../../core/extract/types';
import { plainValues } from '../../core/extract/values';
import { CORPUS_DIR, type CorpusEntry, type CorpusTruth, MANIFEST } from './manifest';
import { gitDir, snapshotPdfs } from './snapshots';
import { CORPUS_SOURCES, FORBIDDEN_REPOS } from './sources';
import { stripAttachments } from './strip-attachments';

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
    for (const { commit, path, bytes } of snapshotPdfs(source)) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (seen.has(sha256)) continue;
      seen.add(sha256);
      const id = sha256.slice(0, 12);
      const base = { id, repo: source.repo, commit, path, licence: source.licence, sha256 };
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
