/**
 * Extraction (issues #8, #16): XML and PDF speed in Node, and how well the PDF text path reads
 * invoices whose truth is known, per field, on three sets always reported apart:
 * - the development corpus's text-only copies (.corpus/, `npm run corpus`; absent on a clean clone),
 * - generated French plain invoices (tests/fixtures/extract/french, seeds never looked at while tuning),
 * - the committed sample (six corpus copies and the six hand-drawn fixtures).
 * Misses (file, field, wanted, got) go to stderr and, for the corpus, to .corpus/misses.txt.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeXmlParser } from '../../core/extract/node';
import { extractFromXml } from '../../core/extract/xml';
import { CORPUS_DIR, type CorpusEntry, MANIFEST } from '../../scripts/corpus/manifest';
import {
  type Case,
  frenchCases,
  type Miss,
  SCORED_FIELDS,
  type Score,
  sampleCases,
  scoreCases,
  TARGETS,
} from './extract-accuracy';
import type { BenchFigure, BenchSuite } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/extract');
const EINVOICE = join(FIXTURES, 'einvoice');
const CORPUS = join(ROOT, CORPUS_DIR);
/** Seeds of the reported French set: tuning looked only at seeds 0–69. */
const FRENCH_SEEDS = { first: 1000, count: 140 };

/**
 * Corpus files looked at while tuning the reader although their id starts with 8–f (the session
 * of 2026-12-02, buyer and seller blocks, numbers): left out of the held-out figure.
 */
const INSPECTED = [
  'e77c2de7c131',
  'b4cde145b330',
  'd8af03c13c0c',
  'e47f76fd2bd9',
  'f4cebb9862fa',
  '969455201a87',
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function xmlFigures(): Promise<BenchFigure[]> {
  const parser = nodeXmlParser();
  const files = ['akretion-factur-x', 'cen-en16931/cii', 'cen-en16931/ubl'].flatMap((dir) =>
    readdirSync(join(EINVOICE, dir))
      .filter((f) => /\.xml$/i.test(f))
      .map((f) => join(EINVOICE, dir, f)),
  );
  const perFile = files.map((file) => {
    const bytes = new Uint8Array(readFileSync(file));
    extractFromXml(bytes, parser); // warm-up
    const times = Array.from({ length: 5 }, () => {
      const t = performance.now();
      extractFromXml(bytes, parser);
      return performance.now() - t;
    });
    return median(times);
  });
  const m = median(perFile);
  return [
    {
      figure: `XML e-invoice, median per file (${files.length} samples)`,
      measured: `${m.toFixed(2)} ms`,
      budget: '≤ 5 ms',
      ok: m <= 5,
    },
    {
      figure: 'XML e-invoice, slowest sample',
      measured: `${Math.max(...perFile).toFixed(2)} ms`,
      budget: '—',
      ok: null,
    },
  ];
}

function fieldFigures(set: string, score: Score, withTargets: boolean): BenchFigure[] {
  return SCORED_FIELDS.map((field) => {
    const of = score.of[field];
    const pct = of ? (100 * score.right[field]) / of : 0;
    const target = withTargets ? TARGETS[field] : undefined;
    return {
      figure: `${set}: ${field} (${score.right[field]}/${of})`,
      measured: of ? `${pct.toFixed(0)} %` : '—',
      budget: target ? `≥ ${target} %` : '—',
      ok: target && of ? pct >= target : null,
    };
  });
}

function speedFigures(set: string, score: Score): BenchFigure[] {
  const cpu = median(score.cpuMsPerPage);
  return [
    speedFigure(set, score),
    {
      figure: `${set}: PDF text path, median CPU time per page (this process only)`,
      measured: `${cpu.toFixed(1)} ms`,
      budget: '—',
      ok: null,
    },
  ];
}

function speedFigure(set: string, score: Score): BenchFigure {
  const m = median(score.msPerPage);
  // Timing on a busy machine says little: the load and the cores are printed beside it.
  const load = `load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
  return {
    figure: `${set}: PDF text path, median per page (Node; ${load})`,
    measured: `${m.toFixed(1)} ms`,
    budget: '≤ 50 ms',
    ok: m <= 50,
  };
}

function printMisses(set: string, misses: Miss[], limit: number) {
  process.stderr.write(`\n${set}: ${misses.length} misses (file | field | wanted | got)\n`);
  for (const m of misses.slice(0, limit))
    process.stderr.write(`  ${m.file} | ${m.field} | ${m.wanted} | ${m.got}\n`);
  if (misses.length > limit) process.stderr.write(`  … ${misses.length - limit} more\n`);
}

async function corpusFigures(): Promise<BenchFigure[]> {
  const manifest = join(CORPUS, MANIFEST);
  if (!existsSync(manifest)) {
    process.stderr.write(
      `\ndevelopment corpus: NOT MEASURED — ${CORPUS_DIR}/ is absent. It is built by \`npm run corpus\` from the\n` +
        'fetched git snapshots (CORPUS_MIRRORS, default ../.mirror), which a clean clone or CI does not have.\n' +
        'Only the generated French set and the committed sample below measure the text path here.\n',
    );
    return [
      {
        figure: `development corpus: NOT MEASURED (${CORPUS_DIR}/ absent: run npm run corpus with the snapshots)`,
        measured: '—',
        budget: '≥ 90/85/80 %',
        ok: null,
      },
    ];
  }
  const entries = (JSON.parse(readFileSync(manifest, 'utf8')) as CorpusEntry[]).filter(
    (e) => e.kind === 'einvoice',
  );
  const cases = (list: CorpusEntry[]): Case[] =>
    list.map((e) => ({
      file: `${e.repo}:${e.path}`,
      bytes: () => new Uint8Array(readFileSync(join(CORPUS, 'text', `${e.id}.pdf`))),
      truth: e.truth ?? {},
    }));
  const all = await scoreCases(cases(entries));
  const set = `corpus text-only (${all.files} files, ${all.pages} pages)`;
  // Ids 8–f were kept out of tuning, but for the few files listed in INSPECTED; the halves share
  // families of samples (the same FeRD invoice rendered for each ZUGFeRD version), though.
  const heldOut = await scoreCases(
    cases(entries.filter((e) => Number.parseInt(e.id[0]!, 16) >= 8 && !INSPECTED.includes(e.id))),
  );
  const held = SCORED_FIELDS.map((f) => `${f} ${heldOut.right[f]}/${heldOut.of[f]}`).join(', ');
  writeFileSync(
    join(CORPUS, 'misses.txt'),
    all.misses.map((m) => `${m.file} | ${m.field} | ${m.wanted} | ${m.got}`).join('\n'),
  );
  printMisses(set, all.misses, 40);
  return [
    ...fieldFigures(set, all, true),
    {
      figure: `corpus, held-out half (${heldOut.files} files never inspected while tuning): ${held}`,
      measured: '—',
      budget: '—',
      ok: null,
    },
    ...bySource(entries, all),
    ...speedFigures('corpus', all),
  ];
}

/** The corpus per source repository: how much each family of samples weighs in the figures. */
function bySource(entries: CorpusEntry[], score: Score): BenchFigure[] {
  const repos = [...new Set(entries.map((e) => e.repo))];
  return repos.map((repo) => {
    const mine = entries.filter((e) => e.repo === repo);
    const files = new Set(mine.map((e) => `${e.repo}:${e.path}`));
    const cells = SCORED_FIELDS.filter((f) => f !== 'currency').map((f) => {
      const of = mine.filter((e) => e.truth?.[f] !== null && e.truth?.[f] !== undefined).length;
      const missed = score.misses.filter((m) => m.field === f && files.has(m.file)).length;
      return `${f} ${of - missed}/${of}`;
    });
    return {
      figure: `corpus by source: ${repo} (${mine.length}): ${cells.join(', ')}`,
      measured: '—',
      budget: '—',
      ok: null,
    };
  });
}

async function frenchFigures(): Promise<BenchFigure[]> {
  const score = await scoreCases(frenchCases(FRENCH_SEEDS.first, FRENCH_SEEDS.count));
  const name = `generated French (${score.files} files, ${score.pages} pages)`;
  printMisses(name, score.misses, 40);
  return [...fieldFigures(name, score, true), ...speedFigures('generated French', score)];
}

async function sampleFigures(): Promise<BenchFigure[]> {
  const score = await scoreCases(sampleCases());
  const name = `committed sample (${score.files} files)`;
  printMisses(name, score.misses, 20);
  return fieldFigures(name, score, false);
}

const suite: BenchSuite = async () => [
  ...(await xmlFigures()),
  ...(await corpusFigures()),
  ...(await frenchFigures()),
  ...(await sampleFigures()),
];

export default suite;
