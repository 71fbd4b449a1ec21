/**
 * Extraction (issue #8): XML and PDF speed in Node, and how well the text heuristics read the
 * visible text of PDFs against their truth (the Factur-X sample's XML is ignored for that).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodePdfJs, nodeXmlParser } from '../../core/extract/node';
import { extractFromPdf, openPdf, pdfText } from '../../core/extract/pdf';
import { extractFromText } from '../../core/extract/text';
import type { ExtractedInvoice } from '../../core/extract/types';
import { extractFromXml } from '../../core/extract/xml';
import { PDF_INVOICES, type PdfTruth } from '../fixtures/extract/pdf-invoices';
import type { BenchFigure, BenchSuite } from './types';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/extract');
const EINVOICE = join(FIXTURES, 'einvoice');
const FACTURX_PDF = join(EINVOICE, 'akretion-factur-x/invoice_EN16931.pdf');

/** F20260023 as printed on the Factur-X sample (../shared/data/einvoice/SOURCES.md). */
const FACTURX_TRUTH: Pick<PdfTruth, 'number' | 'issueDate' | 'dueDate' | 'totalCents' | 'currency'> = {
  number: 'F20260023',
  issueDate: '2026-01-31',
  dueDate: '2026-03-02',
  totalCents: 10490,
  currency: 'EUR',
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function timed<T>(fn: () => T | Promise<T>, runs: number): Promise<number> {
  await fn(); // warm-up: JIT and pdf.js's lazy worker set-up are not the figure
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function xmlFiles(): string[] {
  return ['akretion-factur-x', 'cen-en16931/cii', 'cen-en16931/ubl'].flatMap((dir) =>
    readdirSync(join(EINVOICE, dir))
      .filter((f) => /\.xml$/i.test(f))
      .map((f) => join(EINVOICE, dir, f)),
  );
}

async function xmlFigures(): Promise<BenchFigure[]> {
  const parser = nodeXmlParser();
  const perFile = [];
  for (const file of xmlFiles()) {
    const bytes = new Uint8Array(readFileSync(file));
    perFile.push(await timed(() => extractFromXml(bytes, parser), 5));
  }
  const m = median(perFile);
  return [
    {
      figure: `XML e-invoice, median per file (${perFile.length} samples)`,
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

async function pdfFigures(): Promise<BenchFigure[]> {
  const pdfjs = await nodePdfJs();
  const deps = { pdfjs, xmlParser: nodeXmlParser() };
  const files = [FACTURX_PDF, ...PDF_INVOICES.map((p) => join(FIXTURES, 'pdf', p.file))];
  const perPage = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const doc = await openPdf(bytes, pdfjs);
    const pages = 'error' in doc ? 1 : doc.numPages;
    if (!('error' in doc)) await doc.destroy();
    perPage.push((await timed(() => extractFromPdf(bytes, deps), 3)) / pages);
  }
  const m = median(perPage);
  return [
    {
      figure: `PDF, median per page (${files.length} PDFs, Node)`,
      measured: `${m.toFixed(1)} ms`,
      budget: '≤ 150 ms',
      ok: m <= 150,
    },
  ];
}

type Field = 'number' | 'issueDate' | 'totalCents' | 'currency' | 'dueDate';

async function textAccuracy(): Promise<BenchFigure[]> {
  const pdfjs = await nodePdfJs();
  const cases: [string, Partial<PdfTruth>][] = [
    [FACTURX_PDF, FACTURX_TRUTH],
    ...PDF_INVOICES.map((p): [string, Partial<PdfTruth>] => [join(FIXTURES, 'pdf', p.file), p.truth]),
  ];
  const texts: [string, Partial<PdfTruth>][] = [];
  for (const [file, truth] of cases) {
    const doc = await openPdf(new Uint8Array(readFileSync(file)), pdfjs);
    if ('error' in doc) throw new Error(`${file}: ${doc.error}`);
    texts.push([await pdfText(doc), truth]);
    await doc.destroy();
  }
  const score = (field: Field, target: number): BenchFigure => {
    // The due date counts only where the document states one.
    const stated = texts.filter(([, truth]) => field !== 'dueDate' || truth.dueDate);
    const right = stated.filter(([text, truth]) => {
      const got = extractFromText(text)[field as keyof ExtractedInvoice]?.value ?? null;
      return got === truth[field];
    }).length;
    const pct = (100 * right) / stated.length;
    return {
      figure: `text heuristics on PDF text: ${field} (${right}/${stated.length})`,
      measured: `${pct.toFixed(0)} %`,
      budget: `≥ ${target} %`,
      ok: pct >= target,
    };
  };
  const speed = await timed(() => texts.map(([t]) => extractFromText(t)), 5);
  return [
    score('number', 95),
    score('issueDate', 95),
    score('totalCents', 95),
    score('currency', 95),
    score('dueDate', 85),
    {
      figure: 'extractFromText, median per PDF text',
      measured: `${(speed / texts.length).toFixed(2)} ms`,
      budget: '—',
      ok: null,
    },
  ];
}

const suite: BenchSuite = async () => [
  ...(await xmlFigures()),
  ...(await pdfFigures()),
  ...(await textAccuracy()),
];

export default suite;
