/**
 * Scores the PDF text path against known truths, per field, with the misses listed: used by
 * extract.bench.ts for the development corpus (.corpus/, built by `npm run corpus`) and for the
 * generated French set, which are always reported apart.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodePdfJs, nodeXmlParser } from '../../core/extract/node';
import { extractFromPdf, openPdf } from '../../core/extract/pdf';
import type { ExtractedInvoice } from '../../core/extract/types';
import { drawFrench, frenchSet } from '../fixtures/extract/french/layouts';
import { frenchTruth } from '../fixtures/extract/french/truth';
import { PDF_INVOICES } from '../fixtures/extract/pdf-invoices';

export const SCORED_FIELDS = [
  'number',
  'issueDate',
  'dueDate',
  'totalCents',
  'currency',
  'sellerName',
  'buyerName',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** #16's targets, in per cent (currency has none). */
export const TARGETS: Partial<Record<ScoredField, number>> = {
  number: 90,
  issueDate: 90,
  totalCents: 90,
  dueDate: 85,
  sellerName: 80,
  buyerName: 80,
};

export type Truth = Partial<Record<ScoredField, string | number | null>> & {
  documentType?: 'invoice' | 'credit_note' | null;
};

export interface Case {
  file: string;
  /** The PDF's bytes: read from disk or drawn in memory. */
  bytes: () => Uint8Array;
  truth: Truth;
}

export interface Miss {
  file: string;
  field: ScoredField;
  wanted: string;
  got: string;
}

export interface Score {
  files: number;
  pages: number;
  right: Record<ScoredField, number>;
  of: Record<ScoredField, number>;
  misses: Miss[];
  msPerPage: number[];
  /** CPU time of this process per page: less sensitive than msPerPage to other work on the machine. */
  cpuMsPerPage: number[];
}

/** Names compare without case, accents, punctuation or spacing differences. */
export const foldName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();

function same(field: ScoredField, truth: Truth, got: unknown): boolean {
  const want = truth[field];
  if (got === null || got === undefined) return false;
  if (field === 'sellerName' || field === 'buyerName')
    return foldName(String(got)) === foldName(String(want));
  // A credit note's total is positive in its XML and often printed negative: the sign is the type's.
  if (field === 'totalCents' && truth.documentType === 'credit_note')
    return Math.abs(Number(got)) === Math.abs(Number(want));
  return got === want;
}

const FIXTURES = resolve(import.meta.dirname, '../fixtures/extract');

/** Generated French plain invoices, drawn in memory from their seeds (see tests/fixtures/extract/french). */
export const frenchCases = (firstSeed: number, count: number): Case[] =>
  frenchSet(firstSeed, count).map((x) => ({
    file: `seed ${x.seed} (${x.layout})`,
    bytes: () => drawFrench(x.invoice, x.layout),
    truth: frenchTruth(x.invoice),
  }));

/**
 * The committed sample: text-only copies of corpus PDFs (tests/fixtures/extract/corpus-sample,
 * licences beside them) and the hand-drawn PDF fixtures. Runs on a clean clone, unlike the corpus.
 */
export function sampleCases(): Case[] {
  const dir = join(FIXTURES, 'corpus-sample');
  const sample = JSON.parse(readFileSync(join(dir, 'sample.json'), 'utf8')) as {
    file: string;
    truth: Truth;
  }[];
  return [
    ...sample.map((s) => ({
      file: `corpus-sample/${s.file}`,
      bytes: () => new Uint8Array(readFileSync(join(dir, s.file))),
      truth: s.truth,
    })),
    ...PDF_INVOICES.map((p) => ({
      file: `pdf/${p.file}`,
      bytes: () => new Uint8Array(readFileSync(join(FIXTURES, 'pdf', p.file))),
      truth: p.truth,
    })),
  ];
}

/** Per field: right/of and the percentage, one line each (for logs). */
export const scoreTable = (name: string, score: Score): string =>
  [
    `${name}: ${score.files} files, ${score.pages} pages`,
    ...SCORED_FIELDS.filter((f) => score.of[f] > 0).map(
      (f) =>
        `  ${f.padEnd(10)} ${`${score.right[f]}/${score.of[f]}`.padStart(8)}  ${((100 * score.right[f]) / score.of[f]).toFixed(0).padStart(3)} %`,
    ),
  ].join('\n');

export async function scoreCases(cases: Case[]): Promise<Score> {
  const pdfjs = await nodePdfJs();
  const deps = { pdfjs, xmlParser: nodeXmlParser() };
  const zero = () => Object.fromEntries(SCORED_FIELDS.map((f) => [f, 0])) as Record<ScoredField, number>;
  const score: Score = {
    files: 0,
    pages: 0,
    right: zero(),
    of: zero(),
    misses: [],
    msPerPage: [],
    cpuMsPerPage: [],
  };
  for (const c of cases) {
    const bytes = c.bytes();
    const doc = await openPdf(bytes, pdfjs);
    const pages = 'error' in doc ? 1 : Math.min(doc.numPages, 30);
    if (!('error' in doc)) await doc.destroy();
    const t = performance.now();
    const cpu = process.cpuUsage();
    const result = await extractFromPdf(bytes, deps);
    score.msPerPage.push((performance.now() - t) / pages);
    const used = process.cpuUsage(cpu);
    score.cpuMsPerPage.push((used.user + used.system) / 1000 / pages);
    score.files++;
    score.pages += pages;
    const inv: Partial<ExtractedInvoice> = result.ok ? result.invoice : {};
    for (const field of SCORED_FIELDS) {
      const want = c.truth[field];
      if (want === null || want === undefined) continue;
      score.of[field]++;
      const got = inv[field]?.value ?? null;
      if (same(field, c.truth, got)) score.right[field]++;
      else score.misses.push({ file: c.file, field, wanted: String(want), got: String(got) });
    }
  }
  return score;
}
