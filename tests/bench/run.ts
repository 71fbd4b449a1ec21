/**
 * `npm run bench`: every tests/bench/*.bench.ts suite, printed as one table
 * `figure | measured | budget | verdict`. Exits non-zero when a figure is over budget.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchFigure, BenchSuite } from './types';

const only = process.argv.slice(2);
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: BenchFigure[] = [];
for (const file of files) {
  const suite = (await import(join(dir, file))).default as BenchSuite;
  process.stderr.write(`… ${file}\n`);
  try {
    rows.push(...(await suite()));
  } catch (e) {
    rows.push({
      figure: `${file} failed: ${String(e).slice(0, 120)}`,
      measured: '—',
      budget: '—',
      ok: false,
    });
  }
}

const verdict = (ok: boolean | null) => (ok === null ? 'info' : ok ? 'ok' : 'OVER');
const table = [
  ['figure', 'measured', 'budget', 'verdict'],
  ...rows.map((r) => [r.figure, r.measured, r.budget, verdict(r.ok)]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(table[0]!));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
process.exitCode = rows.some((r) => r.ok === false) ? 1 : 0;
