/**
 * A 1,000,000-row CSV chosen in the dashboard (issue #18: it froze the page 18.6 s): read and
 * checked in slices until the preview shows. A page timer (every 10 ms) tells how long the
 * page was kept from running at most. Not confirmed: writing a million rows is the batches'
 * business (tests/e2e/csv-large.spec.ts writes 20,500 in two).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionPage, launch } from '../e2e/browser';
import { readPageWatch, startPageWatch } from '../e2e/page-watch';
import { invoiceCsv } from './csv-import.bench';
import type { BenchSuite } from './types';

const ROWS = 1_000_000;

const suite: BenchSuite = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'echeance-bench-'));
  const csv = join(dir, 'factures-1000000.csv');
  writeFileSync(csv, invoiceCsv(ROWS));
  const session = await launch(join(dir, 'profile'));
  try {
    const page = await session.context.newPage();
    await extensionPage(session, page, 'dashboard.html#invoices');
    await startPageWatch(page);
    await page.getByTestId('csv-input').setInputFiles(csv);
    await page.getByTestId('import-confirm').waitFor({ timeout: 900_000 });
    const watch = await readPageWatch(page);
    const summary = await page.getByTestId('import-summary').textContent();
    // The count is written the language's way (« 1 000 000 »): its digits are compared.
    const counted = Number(/^[\d\s\u00a0\u202f]+/.exec(summary ?? '')?.[0].replace(/\D/g, '') ?? NaN);
    if (counted !== ROWS) throw new Error(`lecture incomplète : ${summary}`);
    return [
      {
        figure: 'CSV 1,000,000 rows: read + checked → preview',
        measured: `${(watch.ms / 1000).toFixed(1)} s`,
        budget: '—',
        ok: null,
      },
      {
        figure: 'CSV 1,000,000 rows: longest time the page could not run',
        measured: `${watch.longest.toFixed(0)} ms (timer ran ${watch.ticks}×)`,
        budget: '—',
        ok: null,
      },
    ];
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
export default suite;
