import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, extensionPage, launch, type Session, test } from './fixtures';

const CSV = resolve(import.meta.dirname, '../fixtures/csv/twenty-invoices-three-bad.csv');

async function importCsv(session: Session, page: Page) {
  await extensionPage(session, page, 'dashboard.html#invoices');
  await page.getByTestId('csv-input').setInputFiles(CSV);
  await expect(page.getByTestId('import-summary')).toHaveText(
    '17 lignes prêtes à importer, 3 lignes en erreur',
  );
  const errors = page.getByTestId('preview-error');
  await expect(errors).toHaveCount(3);
  await expect(errors.nth(0)).toContainText('type de client « entreprise » : attendu pro ou particulier');
  await expect(errors.nth(1)).toContainText('montant illisible dans « montant_ttc » : douze cents');
  await expect(errors.nth(2)).toContainText('date invalide dans « date_echeance » : 31/02/2026');
  await page.screenshot({ path: join(ARTIFACTS, 'dashboard-preview-fr.png'), fullPage: true });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText('17 factures importées.');
  await page.screenshot({ path: join(ARTIFACTS, 'dashboard-import-fr.png'), fullPage: true });
}

/** The tracked invoices' numbers, from the dashboard's list (the popup lists today's actions only). */
async function popupNumbers(session: Session, page: Page): Promise<string[]> {
  await extensionPage(session, page, 'dashboard.html#invoices');
  await expect(page.getByTestId('invoice-row').first()).toBeVisible();
  return page
    .getByTestId('invoice-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number') ?? ''));
}

async function exportBackup(session: Session, page: Page): Promise<Record<string, unknown>> {
  await extensionPage(session, page, 'dashboard.html#backup');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('backup-export').click(),
  ]);
  const path = await download.path();
  const { exportedAt: _, ...data } = JSON.parse(readFileSync(path, 'utf8'));
  return data;
}

test('a CSV of 20 invoices with 3 bad rows: errors reported, 17 tracked, kept across a restart', async ({
  session,
  profileDir,
}) => {
  const page = await session.context.newPage();
  await importCsv(session, page);
  await page.setViewportSize({ width: 560, height: 600 });
  const numbers = await popupNumbers(session, page);
  await page.screenshot({ path: join(ARTIFACTS, 'invoices-list-fr.png') });
  expect(numbers).toHaveLength(17);
  expect(numbers).not.toContain('F-2026-005');
  await expect(page.getByTestId('invoice-row').filter({ hasText: 'F-2026-002' })).toContainText('1 024,50');
  await session.close();

  const again = await launch(profileDir);
  try {
    const page2 = await again.context.newPage();
    expect((await popupNumbers(again, page2)).sort()).toEqual([...numbers].sort());
    expect(again.leaks).toEqual([]);
  } finally {
    await again.close();
  }
});

test('a backup exported then restored into a fresh profile reproduces the same data exactly', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await importCsv(session, page);
  const original = await exportBackup(session, page);
  expect((original.invoices as unknown[]).length).toBe(17);

  const freshDir = mkdtempSync(join(tmpdir(), 'echeance-fresh-'));
  const fresh = await launch(freshDir);
  try {
    const page2 = await fresh.context.newPage();
    await extensionPage(fresh, page2, 'dashboard.html#backup');
    // A broken backup is refused whole, with a reason, and changes nothing.
    const broken = { ...original, exportedAt: '2026-01-01T00:00:00.000Z', invoices: [{ id: 'x' }] };
    await page2.getByTestId('backup-input').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect(page2.getByTestId('backup-message')).toContainText(
      'Sauvegarde refusée, rien n’a été modifié : son empreinte ne correspond pas',
    );
    await page2.getByTestId('backup-input').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...original, exportedAt: '2026-01-01T00:00:00.000Z' })),
    });
    // What the file holds is shown first; an empty profile has nothing to replace or save.
    await expect(page2.getByTestId('restore-holds')).toContainText('17 factures, 4 clients');
    await expect(page2.getByTestId('restore-current')).toContainText('aucune donnée');
    await page2.getByTestId('restore-replace').click();
    await expect(page2.getByTestId('backup-message')).toContainText(
      'Sauvegarde restaurée : 17 factures, 4 clients',
    );
    expect(await exportBackup(fresh, page2)).toEqual(original);
    expect(fresh.leaks).toEqual([]);
  } finally {
    await fresh.close();
    rmSync(freshDir, { recursive: true, force: true });
  }
});
