/**
 * Issue #19: the exports of the tools freelancers invoice with (tests/fixtures/csv/tools, each
 * written from its tool's public description) import through the dashboard without naming a
 * column; paid rows are left aside, part-paid ones keep what is left; the next month's export
 * with one more payment records it on the tracked invoice.
 */
import { resolve } from 'node:path';
import type { Invoice, InvoiceEvent } from '../../core/model';
import { ARTIFACTS, expect, extensionPage, test } from './fixtures';
import { readStore } from './helpers';

const DIR = resolve(import.meta.dirname, '../fixtures/csv/tools');

/** [file, new invoices tracked, set aside (paid, cancelled)]. */
const TOOLS: [string, number, number][] = [
  ['abby.csv', 2, 1],
  ['freebe.csv', 2, 1],
  ['henrri-windows-1252.csv', 1, 2],
  ['tiime.xlsx', 2, 1],
  ['indy.csv', 2, 1],
  ['pennylane.csv', 2, 1],
  ['qonto.csv', 1, 2],
  ['facture-net.csv', 2, 1],
];

/** What is left on each invoice tracked from the files (cents): part-paid ones show the rest. */
const LEFT: Record<string, number> = {
  'ABBY-2026-042': 240000,
  'ABBY-2026-043': 60000,
  'FRB-119': 96000,
  'FRB-120': 100000,
  'HEN-2026-08': 150000,
  'TII-0032': 45050,
  'TII-0033': 84000,
  'IND-2026-0013': 216000,
  'IND-2026-0014': 72000,
  'PL-F-2026-102': 56000,
  'PL-F-2026-103': 99000,
  'QNT-000202': 132000,
  'FNET-2026-55': 35000,
  'FNET-2026-57': 90000,
};

test('eight tools’ exports import without naming a column; the next export records a payment', async ({
  session,
}) => {
  test.setTimeout(240_000);
  const page = await session.context.newPage();
  await extensionPage(session, page, 'dashboard.html#import');

  for (const [file, fresh, aside] of TOOLS) {
    await page.getByTestId('csv-input').setInputFiles(resolve(DIR, file));
    const preview = page.getByTestId('import-preview');
    await expect(preview, file).toBeVisible();
    // Recognised from the headers: the mapping is a summary, its form folded away.
    await expect(page.getByTestId('mapping-summary')).toBeVisible();
    await expect(page.getByTestId('column-mapping')).toBeHidden();
    await expect(page.getByTestId('preview-error')).toHaveCount(0);
    await expect(page.getByTestId('diff-new')).toContainText(`${fresh} nouvelle`);
    await expect(page.getByTestId('diff-aside')).toContainText(`${aside} facture`);
    if (file === 'abby.csv') {
      const partPaid = page.locator('[data-testid=preview-ok]', { hasText: 'ABBY-2026-043' });
      await expect(partPaid.getByTestId('preview-left')).toHaveText(/^600,00\s€$/);
      await expect(partPaid).toContainText('partiellement payée');
      await page.screenshot({ path: `${ARTIFACTS}/import-tools-abby-preview-fr.png`, fullPage: true });
    }
    if (file === 'facture-net.csv') {
      // Nothing in the file says whether Julie Martin is a business: asked once, before importing.
      await expect(page.getByTestId('import-confirm')).toBeDisabled();
      await expect(page.getByTestId('kind-answer')).toHaveCount(1);
      await page.getByTestId('kind-answer').selectOption('particulier');
    }
    await page.getByTestId('import-confirm').click();
    await expect(page.getByTestId('import-done'), file).toContainText(
      fresh === 1 ? '1 facture importée.' : `${fresh} factures importées.`,
    );
  }

  const invoices = await readStore<Invoice>(page, 'invoices');
  // Only what is still owed is tracked: the paid and cancelled rows were left aside.
  expect(Object.fromEntries(invoices.map((i) => [i.number, i.outstandingCents]))).toEqual(LEFT);
  expect(invoices.every((i) => i.status !== 'paid' && i.nextActionDate !== null)).toBe(true);
  const clients = await readStore<{ name: string; kind: string }>(page, 'clients');
  expect(clients.find((c) => c.name === 'Julie Martin')?.kind).toBe('particulier');
  expect(clients.find((c) => c.name === 'Nova Conseil')?.kind).toBe('pro');

  // Next month: Studio Lumen paid 1,000 € of ABBY-2026-042 in the tool.
  await page.getByTestId('csv-input').setInputFiles(resolve(DIR, 'abby-next-month.csv'));
  await expect(page.getByTestId('diff-payments')).toHaveText('1 paiement relevé dans votre outil');
  await expect(page.getByTestId('diff-same')).toHaveText('1 facture déjà suivie, sans changement');
  const row = page.locator('[data-testid=diff-row][data-number="ABBY-2026-042"]');
  await expect(row).toContainText(/Paiement de 1\s000,00\s€ le \d\d\/\d\d\/\d{4} — reste 1\s400,00\s€/);
  await page.getByTestId('mapping-summary').locator('summary').click();
  await page.screenshot({ path: `${ARTIFACTS}/import-tools-update-preview-fr.png`, fullPage: true });
  await expect(page.getByTestId('import-confirm')).toHaveText('Confirmer : 1 changement');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-updated')).toHaveText('1 facture suivie mise à jour.');

  const after = await readStore<Invoice>(page, 'invoices');
  const lumen = after.find((i) => i.number === 'ABBY-2026-042')!;
  expect(lumen.outstandingCents).toBe(140000);
  const events = await readStore<InvoiceEvent>(page, 'events');
  const payments = events.filter((e) => e.invoiceId === lumen.id && e.type === 'payment');
  expect(payments.map((e) => (e.type === 'payment' ? e.amountCents : 0))).toEqual([100000]);
  expect(payments[0]!.note).toBe('Relevé dans l’export « abby-next-month.csv »');
  // The same file again changes nothing more.
  await page.getByTestId('csv-input').setInputFiles(resolve(DIR, 'abby-next-month.csv'));
  await expect(page.getByTestId('diff-same')).toHaveText('2 factures déjà suivies, sans changement');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
});

test('columns no header name gives are asked once, then remembered for that file shape', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await extensionPage(session, page, 'dashboard.html#import');
  const file = (rows: string[]) => ({
    name: 'maison.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['Réf;Qui;Combien;Quand', ...rows].join('\n')),
  });
  await page.getByTestId('csv-input').setInputFiles(file(['M-1;Atelier Sud SAS;1 200,00 €;15/10/2026']));
  const mapping = page.getByTestId('column-mapping');
  await expect(mapping).toBeVisible();
  await expect(page.getByTestId('map-apply')).toBeDisabled();
  await page.getByTestId('map-client').selectOption({ label: 'Qui' });
  await page.getByTestId('map-montant_ttc').selectOption({ label: 'Combien' });
  await page.getByTestId('map-date_echeance').selectOption({ label: 'Quand' });
  await page.getByTestId('map-apply').click();
  await expect(page.getByTestId('mapping-summary')).toContainText('Les colonnes que vous aviez choisies');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText('1 facture importée.');

  // Next month's file of the same shape: read at once with the remembered columns.
  await page.getByTestId('csv-input').setInputFiles(file(['M-2;Atelier Sud SAS;800,00 €;15/11/2026']));
  await expect(page.getByTestId('mapping-summary')).toContainText('Les colonnes que vous aviez choisies');
  await expect(page.getByTestId('column-mapping')).toBeHidden();
  await expect(page.getByTestId('diff-new')).toHaveText('1 nouvelle facture à suivre');
});
