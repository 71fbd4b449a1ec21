/**
 * Budget (issue #17): reading a 5,000-line bank statement and matching its credits against
 * 10,000 open invoices ≤ 1 s in Chromium. core/bank (with Papa Parse) is bundled by esbuild
 * and run in a blank Chromium page, on a Qonto-layout CSV of 5,000 lines, half of them
 * credits citing an invoice number, a quarter naming the payer, the rest debits.
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM } from '../e2e/browser';
import type { BenchSuite } from './types';

const LINES = 5_000;
const INVOICES = 10_000;
const BUDGET_MS = 1000;

const ENTRY = `
import { matchCredits, readStatement } from './core/bank';
globalThis.bankBench = (csv, invoices) => {
  const start = performance.now();
  const read = readStatement(new TextEncoder().encode(csv), { xmlParser: new DOMParser() });
  const readMs = performance.now() - start;
  if (!read.ok) throw new Error(read.error.message);
  const proposals = matchCredits(read.lines, invoices);
  const total = performance.now() - start;
  const levels = { sure: 0, likely: 0, none: 0 };
  for (const p of proposals) levels[p.level]++;
  return { readMs, total, lines: read.lines.length, levels };
};`;

/** A distinct made-up word per client (« Studio Bacedi »), so names identify payers. */
function nameOf(n: number): string {
  const syllables = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'ni', 'po', 'ru'];
  let word = '';
  for (let k = n + 1000; k > 0; k = Math.floor(k / 10)) word += syllables[k % 10];
  return `Studio ${word[0]!.toUpperCase()}${word.slice(1)}`;
}

function data() {
  const invoices = Array.from({ length: INVOICES }, (_, i) => ({
    id: `inv-${i}`,
    number: `F-2025-${String(i).padStart(5, '0')}`,
    clientId: `c-${i % 1500}`,
    clientName: nameOf(i % 1500),
    issueDate: '2025-06-01',
    dueDate: '2025-07-01',
    currency: 'EUR',
    outstandingCents: 10_000 + ((i * 7919) % 500_000),
  }));
  const rows = [
    'Status,Settlement date (UTC),Operation date (UTC),Total amount (incl. VAT),Currency,Counterparty name,Payment method,Transaction ID,IBAN,Reference,Category,Note',
  ];
  for (let i = 0; i < LINES; i++) {
    const inv = invoices[(i * 13) % INVOICES]!;
    const day = `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00`;
    const amount = (inv.outstandingCents / 100).toFixed(2);
    if (i % 4 === 0 || i % 4 === 1)
      rows.push(
        `settled,${day},${day},${amount},EUR,PAYEUR ${i},transfer,t${i},,Facture ${inv.number},sales,`,
      );
    else if (i % 4 === 2)
      rows.push(`settled,${day},${day},${amount},EUR,${inv.clientName},transfer,t${i},,VIREMENT,sales,`);
    else rows.push(`settled,${day},${day},-${(i % 300) + 1}.50,EUR,FOURNISSEUR ${i},card,t${i},,,food,`);
  }
  return { csv: rows.join('\n'), invoices };
}

const suite: BenchSuite = async () => {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const { csv, invoices } = data();
    const runs: { readMs: number; total: number; lines: number; levels: Record<string, number> }[] = [];
    for (let r = 0; r < 5; r++) {
      runs.push(
        await page.evaluate(
          ([c, i]) =>
            (
              globalThis as unknown as { bankBench: (c: string, i: unknown) => (typeof runs)[number] }
            ).bankBench(c, i),
          [csv, invoices] as const,
        ),
      );
    }
    const median = [...runs].sort((a, b) => a.total - b.total)[2]!;
    if (median.lines !== LINES) throw new Error(`${median.lines} lignes lues sur ${LINES}`);
    const { sure, likely, none } = median.levels as { sure: number; likely: number; none: number };
    return [
      {
        figure: `Bank statement: read ${LINES} lines (Qonto CSV) in Chromium`,
        measured: `${median.readMs.toFixed(0)} ms`,
        budget: '—',
        ok: null,
      },
      {
        figure: `Bank: read ${LINES} lines + match vs ${INVOICES} open invoices (median of 5; ${sure} sure, ${likely} likely, ${none} none)`,
        measured: `${median.total.toFixed(0)} ms`,
        budget: `≤ ${BUDGET_MS} ms`,
        ok: median.total <= BUDGET_MS,
      },
    ];
  } finally {
    await browser.close();
  }
};

export default suite;
