/**
 * Issue #18: a CSV larger than one message (20,000 rows) is read in slices while the page keeps
 * running, then written in batches of 20,000 with progress, each batch one transaction.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invoiceCsv } from '../bench/csv-import.bench';
import { ARTIFACTS, expect, extensionPage, test } from './fixtures';
import { readStore } from './helpers';
import { readPageWatch, startPageWatch } from './page-watch';

const ROWS = 20_500;

test('20,500 rows: read in slices without freezing the page, written in two batches', async ({
  session,
  profileDir,
}) => {
  test.setTimeout(300_000);
  const file = join(profileDir, 'factures-20500.csv');
  writeFileSync(file, invoiceCsv(ROWS));
  const page = await session.context.newPage();
  await extensionPage(session, page, 'dashboard.html#invoices');
  await page.evaluate(() => {
    const w = globalThis as unknown as { sawProgress: boolean };
    w.sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid=csv-progress]')) w.sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await startPageWatch(page);
  await page.getByTestId('csv-input').setInputFiles(file);
  await expect(page.getByTestId('import-summary')).toHaveText(
    '20\u202f500 lignes prêtes à importer, 0 ligne en erreur',
    {
      timeout: 120_000,
    },
  );
  const read = await readPageWatch(page);
  const sawProgress = await page.evaluate(
    () => (globalThis as unknown as { sawProgress: boolean }).sawProgress,
  );
  console.log(
    `CSV ${ROWS} rows read: ${read.ms.toFixed(0)} ms, timer ran ${read.ticks}×, longest pause ${read.longest.toFixed(0)} ms`,
  );
  expect(sawProgress).toBe(true);
  // ≈ 2 MB in 128 KB slices: the page ran between every slice.
  expect(read.ticks).toBeGreaterThanOrEqual(16);
  await expect(page.getByTestId('import-batches')).toContainText(/lots de 20\s000/);
  await page.screenshot({ path: join(ARTIFACTS, 'csv-large-preview-fr.png'), fullPage: false });

  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('csv-progress')).toContainText(/sur 20\s500 factures/);
  await page.screenshot({ path: join(ARTIFACTS, 'csv-large-sending-fr.png'), fullPage: false });
  await expect(page.getByTestId('import-done')).toContainText('20\u202f500 factures importées.', {
    timeout: 240_000,
  });
  const invoices = await readStore<{ number: string }>(page, 'invoices');
  expect(new Set(invoices.map((i) => i.number)).size).toBe(ROWS);
});
