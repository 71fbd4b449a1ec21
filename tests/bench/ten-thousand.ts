/**
 * The browser the popup and dashboard benches measure: the e2e build in Chromium, with 10,000
 * invoices imported through the dashboard as a user would. `close` ends it and removes its files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { extensionPage, launch, type Session } from '../e2e/browser';
import { invoiceCsv } from './csv-import.bench';

export async function tenThousandInvoices(): Promise<{
  session: Session;
  page: Page;
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'echeance-bench-'));
  const csv = join(dir, 'factures-10000.csv');
  writeFileSync(csv, invoiceCsv(10_000));
  const session = await launch(join(dir, 'profile'));
  const close = async () => {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const page = await session.context.newPage();
    await extensionPage(session, page, 'dashboard.html#import');
    await page.getByTestId('csv-input').setInputFiles(csv);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    return { session, page, close };
  } catch (e) {
    await close();
    throw e;
  }
}
