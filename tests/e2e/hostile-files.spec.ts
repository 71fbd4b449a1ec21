/**
 * Hostile files dropped on the dashboard's import, in the built extension: a PDF that would
 * inflate to 100 MB is refused before pdf.js opens it, and a Factur-X PDF whose page shows
 * another total and IBAN than its XML is previewed with the difference spelled out. Nothing
 * is written before « Suivre ».
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { forgedFacturX } from '../unit/hostile/facturx-forge';
import { flate, pdfWithContent, spaces } from '../unit/hostile/pdf-bombs';
import { ARTIFACTS, expect, extensionPage, test } from './fixtures';
import { readStore } from './helpers';

async function drop(page: Page, files: { name: string; bytes: Uint8Array }[]) {
  const payload = files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: 'application/pdf' }));
    }
    return dt;
  }, payload);
  await page.getByTestId('file-dropzone').dispatchEvent('drop', { dataTransfer: transfer });
}

test('a PDF bomb is refused with its reason; a forged Factur-X shows where page and XML differ', async ({
  session,
}) => {
  test.setTimeout(120_000);
  const page = await session.context.newPage();
  await extensionPage(session, page, 'dashboard.html#import');
  await page.setViewportSize({ width: 1280, height: 900 });
  const bomb = await pdfWithContent(flate(spaces(100 * 1024 * 1024)), ['FlateDecode']);
  const forged = await forgedFacturX({ total: '1 049,00', iban: 'FR76 3000 6000 0112 3456 7890 189' });
  await drop(page, [
    { name: 'bombe.pdf', bytes: bomb },
    { name: 'facture-modifiee.pdf', bytes: forged },
  ]);
  await expect(page.getByTestId('file-preview-summary')).toBeVisible({ timeout: 60_000 });

  const refused = page.locator('[data-testid=file-row-error][data-file="bombe.pdf"]');
  await expect(refused).toContainText('se décompresse en plus de 64 Mo');

  const row = page.locator('[data-testid=file-row][data-file="facture-modifiee.pdf"]');
  await expect(row.locator('input[name=amount]')).toHaveValue('104,90');
  await expect(row.getByTestId('row-source')).toHaveText('Factur-X');
  const check = page.getByTestId('cross-check');
  await expect(check).toContainText('Le PDF et son XML Factur-X ne disent pas la même chose');
  await expect(check).toContainText('Montant TTC : la page affiche « 1\u202f049,00 », le XML « 104,90 ».');
  await expect(check).toContainText(
    'IBAN : la page affiche « FR76 3000 6000 0112 3456 7890 189 », le XML « FR20 1254 2547 2569 8542 5874 698 ».',
  );
  await expect(check).toContainText('Les valeurs reprises ci-dessus sont celles du XML');
  await page.screenshot({ path: join(ARTIFACTS, 'file-import-cross-check-fr.png'), fullPage: true });

  expect(await readStore(page, 'invoices')).toEqual([]);
  expect(await readStore(page, 'files')).toEqual([]);
});
