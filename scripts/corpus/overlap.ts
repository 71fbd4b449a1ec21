/**
 * `tsx scripts/corpus/overlap.ts [--against <sha256 list>]`: which PDFs of the corpus sources
 * are byte-identical copies of each other (SHA-256), within a repository and across them, and
 * which belong to the two families most likely to be shared with other collections: the FeRD
 * (ZUGFeRD/Factur-X) official samples and the FNFE-MPE (France_RFE) ones.
 *
 * The independent measurement set is never fetched here. Whoever holds it can list its hashes
 * (`sha256sum *.pdf > theirs.txt`) and pass that file with --against: the PDFs found on both
 * sides are printed. The full list of our hashes is written to .corpus/sha256.txt (sha256sum
 * format, `repo:path` as the name) for the same comparison the other way round.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORPUS_DIR, type CorpusEntry, MANIFEST } from './manifest';
import { gitDir, snapshotPdfs } from './snapshots';
import { CORPUS_SOURCES } from './sources';

/** The FeRD sample distribution (« Beispiele » / Examples / Samples) as shipped with ZUGFeRD-csharp. */
const FERD_RE = /^documentation\/zugferd[^/]*\//i;
const FNFE_REPO = 'fnfempe/France_RFE';

const where = new Map<string, string[]>();
for (const source of CORPUS_SOURCES) {
  if (!existsSync(gitDir(source.repo))) continue;
  for (const { path, bytes } of snapshotPdfs(source)) {
    const sha = createHash('sha256').update(bytes).digest('hex');
    where.set(sha, [...(where.get(sha) ?? []), `${source.repo}:${path}`]);
  }
}

const repoOf = (loc: string) => loc.slice(0, loc.indexOf(':'));
const files = [...where.values()].reduce((n, l) => n + l.length, 0);
const out: string[] = [`${files} PDF files in the sources, ${where.size} distinct by SHA-256`];
const within = new Map<string, number>();
const across = new Map<string, number>();
for (const locs of where.values()) {
  const repos = [...new Set(locs.map(repoOf))].sort();
  for (const r of repos) {
    const extra = locs.filter((l) => repoOf(l) === r).length - 1;
    if (extra > 0) within.set(r, (within.get(r) ?? 0) + extra);
  }
  if (repos.length > 1) across.set(repos.join(' + '), (across.get(repos.join(' + ')) ?? 0) + 1);
}
out.push('copies within one repository (files beyond the first):');
for (const [r, n] of within) out.push(`  ${r}: ${n}`);
out.push('identical PDFs found in several repositories:');
if (across.size === 0) out.push('  none');
for (const [r, n] of across) out.push(`  ${r}: ${n}`);

const ferd = [...where.entries()].filter(([, l]) =>
  l.some((x) => x.startsWith('stephanstapel/ZUGFeRD-csharp:') && FERD_RE.test(x.split(':')[1]!)),
);
const fnfe = [...where.entries()].filter(([, l]) => l.some((x) => repoOf(x) === FNFE_REPO));
out.push(`FeRD sample distribution (ZUGFeRD-csharp documentation/zugferd*): ${ferd.length} distinct PDFs`);
out.push(
  `  of which also elsewhere in our sources: ${ferd.filter(([, l]) => new Set(l.map(repoOf)).size > 1).length}`,
);
out.push(`FNFE-MPE (${FNFE_REPO}): ${fnfe.length} distinct PDFs`);

const root = resolve(import.meta.dirname, '../..', CORPUS_DIR);
// The scored part of the corpus (e-invoices, `npm run corpus`): how much of it is each family.
if (existsSync(join(root, MANIFEST))) {
  const scored = (JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as CorpusEntry[]).filter(
    (e) => e.kind === 'einvoice',
  );
  const ferdSet = new Set(ferd.map(([sha]) => sha));
  const fnfeSet = new Set(fnfe.map(([sha]) => sha));
  out.push(
    `scored e-invoices in ${CORPUS_DIR}: ${scored.length}; FeRD distribution ${scored.filter((e) => ferdSet.has(e.sha256)).length}, FNFE-MPE ${scored.filter((e) => fnfeSet.has(e.sha256)).length}`,
  );
}
mkdirSync(root, { recursive: true });
writeFileSync(
  join(root, 'sha256.txt'),
  [...where.entries()].flatMap(([sha, locs]) => locs.map((l) => `${sha}  ${l}`)).join('\n') + '\n',
);
out.push(`every hash: ${join(CORPUS_DIR, 'sha256.txt')}`);

const at = process.argv.indexOf('--against');
if (at > 0) {
  const file = process.argv[at + 1];
  if (!file) throw new Error('--against needs a file of SHA-256 lines');
  const theirs = new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim().split(/\s+/)[0]!.toLowerCase())
      .filter((h) => /^[0-9a-f]{64}$/.test(h)),
  );
  const both = [...where.entries()].filter(([sha]) => theirs.has(sha));
  out.push(`against ${file} (${theirs.size} hashes): ${both.length} PDFs on both sides`);
  for (const [sha, locs] of both) out.push(`  ${sha.slice(0, 12)} ${locs.join(', ')}`);
}
process.stdout.write(`${out.join('\n')}\n`);
