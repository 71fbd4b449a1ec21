/**
 * Extraction compared with factur-x-kit (issue #8): the same e-invoice samples read by
 * core/extract and by factur-x-kit 0.3.1 (an existing JavaScript Factur-X reader), fields
 * correct against tests/unit/extract/einvoice-expected.ts and median time per file, in the same
 * run. Informative only: the budgets themselves are checked in extract.bench.ts.
 *
 * factur-x-kit reads CII D16B (Factur-X, ZUGFeRD 2, CII) from XML or from a Factur-X PDF; it has
 * no UBL reader and does not read ZUGFeRD 1.0 either, so those samples count as its failures
 * (0 fields) and times are compared only on the samples it reads.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FacturX } from 'factur-x-kit';
import type { ExtractionResult } from '../../core/extract/errors';
import { nodePdfJs, nodeXmlParser } from '../../core/extract/node';
import { extractFromPdf, openPdf } from '../../core/extract/pdf';
import { type PlainValues, plainValues } from '../../core/extract/values';
import { extractFromXml } from '../../core/extract/xml';
import { CREDIT_NOTE_CODES } from '../../core/extract/xml-common';
import { EXPECTED, type ExpectedRow } from '../unit/extract/einvoice-expected';
import type { BenchFigure, BenchSuite } from './types';

const EINVOICE = resolve(import.meta.dirname, '../fixtures/extract/einvoice');
const FACTURX_PDF = 'akretion-factur-x/invoice_EN16931.pdf';
/** The PDF embeds the EN 16931 Factur-X XML of the same invoice (F20260023): same 10 values. */
const FACTURX_PDF_TRUTH = 'akretion-factur-x/factur-x-en16931.xml';

/** The 10 fields of the expected table, in the same form for both libraries. */
type Fields = PlainValues;
type FieldName = keyof Fields;
const FIELD_NAMES: FieldName[] = [
  'documentType',
  'number',
  'issueDate',
  'dueDate',
  'totalCents',
  'amountDueCents',
  'currency',
  'sellerName',
  'buyerName',
  'buyerEmail',
];

function expectedFields(row: ExpectedRow): Fields {
  const [
    ,
    ,
    documentType,
    number,
    issueDate,
    dueDate,
    totalCents,
    amountDueCents,
    currency,
    sellerName,
    buyerName,
    buyerEmail,
  ] = row;
  return {
    documentType,
    number,
    issueDate,
    dueDate,
    totalCents,
    amountDueCents,
    currency,
    sellerName,
    buyerName,
    buyerEmail,
  };
}

function oursFields(result: ExtractionResult): Fields | null {
  if (!result.ok) return null;
  return plainValues(result.invoice);
}

/**
 * The part of factur-x-kit's profile object (a union over the profiles, MINIMUM to COMFORT) that
 * holds the 10 fields; every profile has this shape, lower ones lack the optional parts.
 */
interface KitDate {
  year: number;
  month: number;
  day: number;
}
interface KitView {
  document?: { id?: string; type?: string; dateOfIssue?: KitDate; currency?: string };
  seller?: { name?: string };
  buyer?: {
    name?: string;
    universalCommunicationAddressURI?: { id?: string; scheme?: string };
    tradeContact?: { email?: string }[] | { email?: string };
  };
  paymentInformation?: { paymentTerms?: { dueDate?: KitDate } };
  totals?: { grossTotal?: number; openAmount?: number };
}

const isoDate = (d: KitDate | undefined) =>
  d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;
const cents = (x: number | undefined) => (typeof x === 'number' ? Math.round(x * 100) : null);

function kitFields(fx: FacturX): Fields {
  const o = fx.object as unknown as KitView;
  const type = o.document?.type;
  const endpoint = o.buyer?.universalCommunicationAddressURI;
  const contacts = o.buyer?.tradeContact;
  const contact = Array.isArray(contacts) ? contacts[0] : contacts;
  return {
    // Same mapping as core/extract (BT-3 code → invoice / credit note).
    documentType: type ? (CREDIT_NOTE_CODES.has(type) ? 'credit_note' : 'invoice') : null,
    number: o.document?.id ?? null,
    issueDate: isoDate(o.document?.dateOfIssue),
    dueDate: isoDate(o.paymentInformation?.paymentTerms?.dueDate),
    totalCents: cents(o.totals?.grossTotal),
    amountDueCents: cents(o.totals?.openAmount),
    currency: o.document?.currency ?? null,
    sellerName: o.seller?.name ?? null,
    buyerName: o.buyer?.name ?? null,
    // Same rule as core/extract: BT-49 when it is an email (scheme EM), else the contact's.
    buyerEmail: (endpoint?.scheme === 'EM' ? endpoint.id : undefined) ?? contact?.email ?? null,
  };
}

/** Stated fields (not null in the table) read right, and values given that are wrong. */
function score(got: Fields | null, want: Fields): { right: number; wrong: number; stated: number } {
  let right = 0;
  let wrong = 0;
  let stated = 0;
  for (const f of FIELD_NAMES) {
    if (want[f] !== null) stated++;
    const value = got?.[f] ?? null;
    if (value === null) continue;
    if (value === want[f]) right++;
    else wrong++;
  }
  return { right, wrong, stated };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Median of `runs` timed calls after one warm-up call (JIT, lazy set-up). */
async function timed(fn: () => unknown, runs: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * factur-x-kit prints its zod errors and profile fallbacks to the console, which would garble
 * the bench table: muted while it reads (printing is no part of reading).
 */
async function kitRead(bytes: Uint8Array, kind: 'xml' | 'pdf'): Promise<FacturX> {
  const saved = { log: console.log, warn: console.warn, error: console.error, dir: console.dir };
  const mute = () => {};
  Object.assign(console, { log: mute, warn: mute, error: mute, dir: mute });
  try {
    return await (kind === 'pdf' ? FacturX.fromPDF(bytes) : FacturX.fromXML(Buffer.from(bytes)));
  } finally {
    Object.assign(console, saved);
  }
}

interface Sample {
  file: string;
  want: Fields;
}

interface Outcome {
  ours: { right: number; wrong: number; ms: number | null };
  kit: { right: number; wrong: number; ms: number | null; error: string | null };
  stated: number;
}

async function measure(
  sample: Sample,
  kind: 'xml' | 'pdf',
  readOurs: (bytes: Uint8Array) => Promise<ExtractionResult> | ExtractionResult,
  runs: number,
): Promise<Outcome> {
  const bytes = new Uint8Array(readFileSync(join(EINVOICE, sample.file)));
  const oursScore = score(oursFields(await readOurs(bytes)), sample.want);
  let kitGot: Fields | null = null;
  let error: string | null = null;
  try {
    kitGot = kitFields(await kitRead(bytes, kind));
  } catch (e) {
    error = String(e instanceof Error ? e.message : e).slice(0, 60);
  }
  const kitScore = score(kitGot, sample.want);
  // Times only where both read the file: a thrown error is no reading speed.
  const both = error === null;
  return {
    ours: { ...oursScore, ms: both ? await timed(() => readOurs(bytes), runs) : null },
    kit: { ...kitScore, ms: both ? await timed(() => kitRead(bytes, kind), runs) : null, error },
    stated: oursScore.stated,
  };
}

function figures(label: string, outcomes: Outcome[], unit: string, perUnit: number[]): BenchFigure[] {
  const sum = (f: (o: Outcome) => number) => outcomes.reduce((n, o) => n + f(o), 0);
  const stated = sum((o) => o.stated);
  const failures = outcomes.filter((o) => o.kit.error !== null);
  const timedIdx = outcomes.flatMap((o, i) => (o.ours.ms !== null && o.kit.ms !== null ? [i] : []));
  const rows: BenchFigure[] = [
    {
      figure: `${label}: fields correct (${outcomes.length} files × 10 fields, stated only)`,
      measured:
        `Échéance ${sum((o) => o.ours.right)}/${stated} (${sum((o) => o.ours.wrong)} wrong) vs ` +
        `factur-x-kit ${sum((o) => o.kit.right)}/${stated} (${sum((o) => o.kit.wrong)} wrong)`,
      budget: '—',
      ok: null,
    },
  ];
  if (failures.length > 0) {
    const reasons = [...new Set(failures.map((o) => o.kit.error))].join('; ');
    rows.push({
      figure: `${label}: factur-x-kit failures (counted 0 fields)`,
      measured: `${failures.length}/${outcomes.length} — ${reasons}`,
      budget: '—',
      ok: null,
    });
  }
  if (timedIdx.length > 0) {
    const per = (ms: number | null, i: number) => (ms ?? 0) / (perUnit[i] ?? 1);
    const ours = median(timedIdx.map((i) => per(outcomes[i]!.ours.ms, i)));
    const kit = median(timedIdx.map((i) => per(outcomes[i]!.kit.ms, i)));
    const digits = unit === 'page' ? 1 : 2;
    rows.push({
      figure: `${label}: median time per ${unit} (${timedIdx.length} files both read)`,
      measured: `Échéance ${ours.toFixed(digits)} ms vs factur-x-kit ${kit.toFixed(digits)} ms (×${(kit / ours).toFixed(1)})`,
      budget: '—',
      ok: null,
    });
  }
  return rows;
}

const GROUPS: [label: string, test: (row: ExpectedRow) => boolean][] = [
  ['Factur-X / ZUGFeRD 2 / CII XML', (row) => row[1] !== 'ubl' && !row[0].includes('/zugferd-')],
  ['ZUGFeRD 1.0 XML', (row) => row[0].includes('/zugferd-')],
  ['UBL XML (factur-x-kit: no UBL reader)', (row) => row[1] === 'ubl'],
];

async function xmlFigures(): Promise<BenchFigure[]> {
  const parser = nodeXmlParser();
  const rows: BenchFigure[] = [];
  for (const [label, test] of GROUPS) {
    const outcomes: Outcome[] = [];
    for (const row of EXPECTED.filter(test)) {
      const sample = { file: row[0], want: expectedFields(row) };
      outcomes.push(await measure(sample, 'xml', (bytes) => extractFromXml(bytes, parser), 10));
    }
    rows.push(
      ...figures(
        label,
        outcomes,
        'file',
        outcomes.map(() => 1),
      ),
    );
  }
  return rows;
}

async function pdfFigures(): Promise<BenchFigure[]> {
  const pdfjs = await nodePdfJs();
  const deps = { pdfjs, xmlParser: nodeXmlParser() };
  const truth = EXPECTED.find((row) => row[0] === FACTURX_PDF_TRUTH);
  if (!truth) throw new Error(`${FACTURX_PDF_TRUTH} missing from the expected table`);
  const doc = await openPdf(new Uint8Array(readFileSync(join(EINVOICE, FACTURX_PDF))), pdfjs);
  const pages = 'error' in doc ? 1 : doc.numPages;
  if (!('error' in doc)) await doc.destroy();
  const outcome = await measure(
    { file: FACTURX_PDF, want: expectedFields(truth) },
    'pdf',
    (bytes) => extractFromPdf(bytes, deps),
    5,
  );
  return figures(`Factur-X PDF (${pages} page${pages > 1 ? 's' : ''})`, [outcome], 'page', [pages]);
}

const suite: BenchSuite = async () => [...(await xmlFigures()), ...(await pdfFigures())];

export default suite;
