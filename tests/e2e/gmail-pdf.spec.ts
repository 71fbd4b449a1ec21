/**
 * The PDF attached to an invoice in Gmail, read by the extension (offscreen document, pdf.js)
 * and merged into what the email said: structured data beats text, text only fills blanks.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, extensionPage, type Session, test } from './fixtures';
import { GMAIL, openLogged, serveGmail, THREAD } from './gmail-sim';
import { readStore } from './helpers';

const FACTURX = join(
  import.meta.dirname,
  '../fixtures/extract/einvoice/akretion-factur-x/invoice_EN16931.pdf',
);
const ENCRYPTED = join(import.meta.dirname, '../fixtures/extract/pdf/encrypted.pdf');
const LONG_50 = '18c1a2b3c4d5e6f5';
const FACTURE_PDF = '18c1a2b3c4d5e6f1';

interface StoredInvoice {
  number: string;
  totalCents: number;
  issueDate: string | null;
  dueDate: string;
  contractualRatePercent: number | null;
  mentions: { dueDate: boolean; penaltyRate: boolean; recoveryIndemnity: boolean } | null;
}

async function invoices(session: Session): Promise<StoredInvoice[]> {
  const page = await session.context.newPage();
  await extensionPage(session, page, 'popup.html');
  const all = await readStore<StoredInvoice>(page, 'invoices');
  await page.close();
  return all;
}

async function openForm(page: Page) {
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  const form = page.getByTestId('track-form');
  await expect(form).toBeVisible();
  return form;
}

const offscreenOpen = (session: Session) =>
  session.worker.evaluate(
    async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length,
  );

test('an email that only says « ci-joint ma facture »: amount, due date and mentions come from the PDF', async ({
  session,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await page.goto(`${GMAIL}?hl=fr#all/${THREAD.pdfOnly}`);
  // First the email's data, then what the PDF adds.
  await expect(page.getByTestId('card-summary')).toHaveText(
    'Facture F-2026-005 · 1 200,00 € · échéance 04/03/2026',
  );
  expect(await offscreenOpen(session)).toBe(1);
  const form = await openForm(page);
  await expect(form.locator('input[name=amount]')).toHaveValue('1200,00');
  await expect(form.locator('input[name=dueDate]')).toHaveValue('2026-03-04');
  await expect(form.locator('input[name=issueDate]')).toHaveValue('2026-02-02');
  await expect(form.getByRole('checkbox', { name: 'le taux des pénalités de retard' })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'l’indemnité forfaitaire de 40 €' })).toBeChecked();
  await page.screenshot({ path: join(ARTIFACTS, 'gmail-pdf-track-form.png') });
  await form.getByRole('button', { name: 'Suivre la facture' }).click();
  await expect(page.getByTestId('card-status')).toBeVisible();
  expect(await invoices(session)).toEqual([
    expect.objectContaining({
      number: 'F-2026-005',
      totalCents: 120_000,
      issueDate: '2026-02-02',
      dueDate: '2026-03-04',
      contractualRatePercent: 10,
      mentions: { dueDate: true, penaltyRate: true, recoveryIndemnity: true },
    }),
  ]);
});

test('the PDF text never overrides the email, and adds the mentions the email did not state', async ({
  session,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await page.goto(`${GMAIL}?hl=fr#sent/${THREAD.virement}`);
  await expect(page.getByTestId('card-summary')).toHaveText(
    'Facture F-2026-003 · 850,00 € · échéance 31/01/2026',
  );
  // Late 2026: the invoice is collapsed below the replies; expanding it shows its PDF.
  await page.locator('.adf.ads').first().click();
  const form = await openForm(page);
  // The checkboxes are pre-checked once the PDF has been read.
  await expect(form.getByRole('checkbox', { name: 'l’indemnité forfaitaire de 40 €' })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'le taux des pénalités de retard' })).toBeChecked();
  await expect(form.locator('input[name=dueDate]')).toHaveValue('2026-01-31');
  await expect(form.locator('input[name=amount]')).toHaveValue('850,00');
});

test('a Factur-X PDF is read from its embedded XML, which wins over the email text', async ({ session }) => {
  serveGmail(session, { [LONG_50]: FACTURX });
  const page = await session.context.newPage();
  await page.goto(`${GMAIL}?hl=fr#sent/${THREAD.long50}`);
  await page.locator('.adf.ads').first().click();
  // The email says F-2026-004, 3 600,00 €, 30/04/2026; the invoice's own XML says otherwise.
  await expect(page.getByTestId('card-summary')).toHaveText(
    'Facture F20260023 · 104,90 € · échéance 02/03/2026',
  );
  const form = await openForm(page);
  await expect(form.locator('input[name=number]')).toHaveValue('F20260023');
  await expect(form.locator('input[name=issueDate]')).toHaveValue('2026-01-31');
});

test('an unreadable PDF leaves the card as the email said, without a word in the page console', async ({
  session,
}) => {
  serveGmail(session, { [FACTURE_PDF]: ENCRYPTED });
  const { page, logged } = await openLogged(session, `sent/${THREAD.facturePdf}`);
  await expect(page.getByTestId('card-summary')).toHaveText(
    'Facture F-2026-001 · 1 500,00 € · échéance 15/03/2026',
  );
  // The read was tried (the offscreen document opened), and changed nothing.
  await expect.poll(() => offscreenOpen(session)).toBe(1);
  const form = await openForm(page);
  await expect(form.getByRole('checkbox', { name: 'le taux des pénalités de retard' })).not.toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'l’indemnité forfaitaire de 40 €' })).not.toBeChecked();
  expect(logged).toEqual([]);
});
