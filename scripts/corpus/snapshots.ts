/**
 * The PDFs of a source's git snapshot (see ./sources.ts), read straight from the fetched git
 * directory: shared by the corpus builder (./build.ts) and the overlap check (./overlap.ts).
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { CorpusSource } from './sources';

// The fetched snapshots sit beside the checkout (../.mirror) unless CORPUS_MIRRORS says where.
const MIRRORS = process.env.CORPUS_MIRRORS ?? resolve(import.meta.dirname, '../../../.mirror');
const MAX_BYTES = 8 * 1024 * 1024;

export const gitDir = (repo: string) => join(MIRRORS, repo.replace('/', '+'), 'repo');
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

/** Every kept PDF of the source's snapshot (its include/exclude applied), with its bytes. */
export function* snapshotPdfs(
  source: CorpusSource,
): Generator<{ commit: string; path: string; bytes: Uint8Array }> {
  const dir = gitDir(source.repo);
  const commit = git(dir, ['rev-parse', 'HEAD']).toString().trim();
  for (const file of pdfBlobs(dir)) {
    if (source.include && !source.include.test(file.path)) continue;
    if (source.exclude?.test(file.path)) continue;
    yield { commit, path: file.path, bytes: new Uint8Array(git(dir, ['cat-file', 'blob', file.blob])) };
  }
}
