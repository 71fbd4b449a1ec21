/**
 * CSV import of 10,000 rows through the dashboard, into the real IndexedDB, in Chromium with
 * the e2e build (`npm run build:e2e` first). Budget (issue #2): ≤ 3 s from choosing the file
 * to the rows written.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionPage, launch } from '../e2e/browser';
import type { BenchSuite } from './types';

export function invoiceCsv(rows: number): string {
  const lines = ['numero;client;email;montant_ttc;date_emission;date_echeance;type_client;reste_du'];
  for (let i = 1; i <= rows; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const kind = i % 5 === 0 ? 'particulier' : 'pro';
    lines.push(
      `F-${String(i).padStart(6, '0')};Client ${i % 700};client${i % 700}@exemple.test;${(i * 37) % 9000} ${i % 1000},${i % 100};${day}/${month}/2025;2026-${month}-${day};${kind};`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const suite: BenchSuite = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'echeance-bench-'));
  const csv = join(dir, 'factures-10000.csv');
  writeFileSync(csv, invoiceCsv(10_000));
  const session = await launch(join(dir, 'profile'));
  try {
    const page = await session.context.newPage();
    await extensionPage(session, page, 'dashboard.html#invoices');
    await page.evaluate(() => {
      (globalThis as { benchStart?: number }).benchStart = performance.now();
    });
    await page.getByTestId('csv-input').setInputFiles(csv);
    await page.getByTestId('import-confirm').waitFor();
    const parsed = await page.evaluate(
      () => performance.now() - ((globalThis as { benchStart?: number }).benchStart ?? 0),
    );
    const written = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (document.querySelector('[data-testid=import-done]')) {
              observer.disconnect();
              done(performance.now() - start);
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
          (document.querySelector('[data-testid=import-confirm]') as HTMLButtonElement).click();
        }),
    );
    const count = await page.getByTestId('import-done').textContent();
    if (!count?.includes('10') || !count.includes('000')) throw new Error(`import incomplet : ${count}`);
    const total = parsed + written;
    return [
      {
        figure: 'CSV 10,000 rows: read + preview',
        measured: `${parsed.toFixed(0)} ms`,
        budget: '—',
        ok: null,
      },
      {
        figure: 'CSV 10,000 rows: confirm → written (IndexedDB)',
        measured: `${written.toFixed(0)} ms`,
        budget: '—',
        ok: null,
      },
      {
        figure: 'CSV import of 10,000 rows in Chromium (total)',
        measured: `${total.toFixed(0)} ms`,
        budget: '≤ 3000 ms',
        ok: total <= 3000,
      },
    ];
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
export default suite;
