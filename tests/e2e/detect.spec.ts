/**
 * Finding invoices outside Gmail: « Détecter la facture sur cette page » from the popup on an
 * invoicing app's page, and many files dropped on the dashboard's import.
 *
 * activeTab is granted by pressing the toolbar button, which headless Chromium cannot do: the
 * e2e build grants the one test origin (https://factures.lumen.test) as a host permission
 * (wxt.config.ts) and the popup is told which tab to read with `popup.html?tab=<id>` (honoured
 * in e2e builds only, core/platform/scripting.ts). The extraction then runs exactly as in real
 * life: scripting.executeScript in the tab, core/extract in the popup, one `invoices/import`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, extensionPage, type Session, test } from './fixtures';
import { readStore } from './helpers';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const SHOP = 'https://factures.lumen.test';
const INVOICE_URL = `${SHOP}/invoices/pdf/a1b2c3d4?preview`;

function serveInvoiceShelf(session: Session) {
  const html = readFileSync(join(FIXTURES, 'sites/invoiceshelf/invoice-preview.html'), 'utf8');
  session.hosts.set(`${SHOP}/`, (url) =>
    url.pathname.startsWith('/invoices/pdf/')
      ? { body: html, contentType: 'text/html; charset=utf-8' }
      : null,
  );
}

async function tabId(session: Session, url: string): Promise<number> {
  return session.worker.evaluate(
    async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      return tab?.id ?? -1;
    },
    `${new URL(url).origin}/*`,
  );
}

interface StoredInvoice {
  number: string;
  totalCents: number;
  outstandingCents: number;
  dueDate: string;
  origin: { kind: string; url?: string; fileName?: string };
  fileId: string | null;
  mentions: { dueDate: boolean; penaltyRate: boolean; recoveryIndemnity: boolean };
}

test('« Détecter la facture sur cette page » on an InvoiceShelf invoice previews its values and tracks it', async ({
  session,
}) => {
  serveInvoiceShelf(session);
  const shop = await session.context.newPage();
  await shop.goto(INVOICE_URL);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 600, height: 760 });
  await extensionPage(session, popup, `popup.html?tab=${await tabId(session, INVOICE_URL)}`);
  await popup.getByRole('button', { name: 'Détecter la facture sur cette page' }).click();

  const row = popup.getByTestId('file-row');
  await expect(row).toHaveCount(1);
  await expect(row.locator('input[name=number]')).toHaveValue('FA-2026-0107');
  await expect(row.locator('input[name=clientName]')).toHaveValue('Boulangerie Marchand SARL');
  await expect(row.locator('input[name=amount]')).toHaveValue('2\u202f160,00');
  await expect(row.locator('input[name=dueDate]')).toHaveValue('2026-03-04');
  await expect(row.getByTestId('row-source')).toHaveText('texte');
  // The client kind is never guessed from a web page: asked.
  await expect(popup.getByTestId('file-confirm')).toBeDisabled();
  await row.locator('select[name=clientKind]').selectOption('pro');
  await popup.screenshot({ path: join(ARTIFACTS, 'detect-popup-preview-fr.png') });
  await popup.getByTestId('file-confirm').click();
  await expect(popup.getByTestId('page-detect-done')).toHaveText('1 facture suivie.');

  const invoices = await readStore<StoredInvoice>(popup, 'invoices');
  expect(invoices).toHaveLength(1);
  expect(invoices[0]).toMatchObject({
    number: 'FA-2026-0107',
    totalCents: 216000,
    outstandingCents: 216000,
    dueDate: '2026-03-04',
    origin: { kind: 'web', url: INVOICE_URL },
    // The page states the due date and the 40 € indemnity (its notes).
    mentions: { dueDate: true, recoveryIndemnity: true },
  });
  await popup.screenshot({ path: join(ARTIFACTS, 'detect-popup-tracked-fr.png') });
});

const FILES = [
  ['einvoice/akretion-factur-x/invoice_EN16931.pdf', 'application/pdf'],
  ['einvoice/cen-en16931/ubl/ubl-tc434-example9.xml', 'application/xml'],
  ['pdf/fr-micro-entrepreneur.pdf', 'application/pdf'],
  ['pdf/fr-avoir.pdf', 'application/pdf'],
] as const;

/** Drops files on the dropzone as a user would (a real DataTransfer, a real drop event). */
async function dropFiles(page: Page, files: readonly (readonly [string, string])[]) {
  const payload = files.map(([path, type]) => ({
    name: path.split('/').at(-1)!,
    type,
    base64: readFileSync(join(FIXTURES, 'extract', path)).toString('base64'),
  }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, payload);
  await page.getByTestId('file-dropzone').dispatchEvent('drop', { dataTransfer: transfer });
}

test('dropping a Factur-X PDF, a UBL file, a plain PDF and a credit note previews each and tracks the invoices', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await extensionPage(session, page, 'dashboard.html#import');
  await page.setViewportSize({ width: 1280, height: 900 });
  await dropFiles(page, FILES);
  await expect(page.getByTestId('file-preview-summary')).toBeVisible();

  const row = (file: string) => page.locator(`[data-testid=file-row][data-file="${file}"]`);
  const facturx = row('invoice_EN16931.pdf');
  await expect(facturx.locator('input[name=number]')).toHaveValue('F20260023');
  await expect(facturx.locator('input[name=amount]')).toHaveValue('104,90');
  await expect(facturx.locator('input[name=dueDate]')).toHaveValue('2026-03-02');
  await expect(facturx.getByTestId('row-source')).toHaveText('Factur-X');
  const ubl = row('ubl-tc434-example9.xml');
  await expect(ubl.locator('input[name=number]')).toHaveValue('20150483');
  await expect(ubl.locator('input[name=clientName]')).toHaveValue('Provide Verzekeringen');
  await expect(ubl.locator('input[name=amount]')).toHaveValue('177,87');
  await expect(ubl.locator('input[name=dueDate]')).toHaveValue('2015-04-14');
  await expect(ubl.getByTestId('row-source')).toHaveText('UBL');
  const plain = row('fr-micro-entrepreneur.pdf');
  await expect(plain.locator('input[name=number]')).toHaveValue('2026-031');
  await expect(plain.locator('input[name=clientName]')).toHaveValue('Boulangerie Martin SARL');
  await expect(plain.locator('input[name=amount]')).toHaveValue('1\u202f450,00');
  await expect(plain.locator('input[name=dueDate]')).toHaveValue('2026-02-11');
  await expect(plain.getByTestId('row-source')).toHaveText('texte');
  // A credit note is shown with its reason, never tracked.
  await expect(page.locator('[data-testid=file-row-error][data-file="fr-avoir.pdf"]')).toContainText('Avoir');

  // What the documents do not say is asked: the client kind of the plain PDF.
  for (const select of await page.locator('select[name=clientKind]').all()) {
    if ((await select.inputValue()) === '') await select.selectOption('pro');
  }
  await page.screenshot({ path: join(ARTIFACTS, 'file-import-preview-fr.png'), fullPage: true });
  await page.getByTestId('file-confirm').click();
  await expect(page.getByTestId('file-import-done')).toContainText('3 factures suivies.');
  await page.screenshot({ path: join(ARTIFACTS, 'file-import-done-fr.png') });

  const invoices = await readStore<StoredInvoice>(page, 'invoices');
  const byNumber = new Map(invoices.map((i) => [i.number, i]));
  expect([...byNumber.keys()].sort()).toEqual(['20150483', '2026-031', 'F20260023']);
  expect(byNumber.get('F20260023')).toMatchObject({
    totalCents: 10490,
    dueDate: '2026-03-02',
    origin: { kind: 'einvoice', fileName: 'invoice_EN16931.pdf' },
  });
  expect(byNumber.get('20150483')?.origin).toEqual({ kind: 'einvoice', fileName: 'ubl-tc434-example9.xml' });
  expect(byNumber.get('2026-031')?.origin).toEqual({ kind: 'pdf', fileName: 'fr-micro-entrepreneur.pdf' });
  // The PDFs are kept (letters and the court kit enclose them); the XML file is not a PDF.
  expect(byNumber.get('F20260023')?.fileId).not.toBeNull();
  expect(byNumber.get('2026-031')?.fileId).not.toBeNull();
  expect(byNumber.get('20150483')?.fileId).toBeNull();
  const files = await readStore<{ invoiceId: string; mime: string; base64: string }>(page, 'files');
  expect(files).toHaveLength(2);
  expect(files.every((f) => f.mime === 'application/pdf' && f.base64.startsWith('JVBERi'))).toBe(true);
});

test('on an enabled invoicing site the card appears on the invoice page and « Suivre » tracks it', async ({
  session,
}) => {
  serveInvoiceShelf(session);
  // The e2e build's manifest grants the test site, as the settings' toggle would.
  await expect
    .poll(() =>
      session.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length),
    )
    .toBe(1);
  const shop = await session.context.newPage();
  await shop.goto(INVOICE_URL);
  const card = shop.getByTestId('site-card');
  await expect(shop.getByTestId('site-card-summary')).toContainText('FA-2026-0107');
  await card.getByRole('button', { name: 'Suivre' }).click();
  await card.getByRole('radio', { name: 'pro', exact: true }).check();
  await shop.screenshot({ path: join(ARTIFACTS, 'site-card-form-fr.png') });
  await card.locator('form button[type=submit]').click();
  await expect(shop.getByTestId('site-card-status')).toBeVisible();
  const ext = await session.context.newPage();
  await extensionPage(session, ext, 'popup.html');
  const invoices = await readStore<StoredInvoice>(ext, 'invoices');
  expect(invoices.map((i) => [i.number, i.origin.kind])).toEqual([['FA-2026-0107', 'web']]);
});
