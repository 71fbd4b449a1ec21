/**
 * An e-mail that states payment terms and no due date (« payable à 30 jours »): the card's
 * « Suivre » form shows the due date the background decided from the terms and the message's
 * date, and the invoice is tracked with it.
 */
import { join } from 'node:path';
import { ARTIFACTS, expect, extensionPage, test } from './fixtures';
import { GMAIL, serveGmail, THREAD } from './gmail-sim';
import { readStore } from './helpers';

test('« payable à 30 jours » sent on 20/02/2026: the form proposes 22/03/2026, and « Suivre » keeps it', async ({
  session,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await page.goto(`${GMAIL}?hl=fr#sent/${THREAD.factureCorps}`);
  await expect(page.getByTestId('card-summary')).toContainText('Facture F-2026-002');
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  const form = page.getByTestId('track-form');
  await expect(form.locator('input[name=issueDate]')).toHaveValue('2026-02-20');
  await expect(form.locator('input[name=dueDate]')).toHaveValue('2026-03-22');
  await page.screenshot({ path: join(ARTIFACTS, 'gmail-track-form-terms-fr.png') });
  await form.getByRole('button', { name: 'Suivre la facture' }).click();
  await expect(page.getByTestId('card-status')).toBeVisible();
  const ext = await session.context.newPage();
  await extensionPage(session, ext, 'popup.html');
  const invoices = await readStore<{ number: string; dueDate: string; paymentTerms: string | null }>(
    ext,
    'invoices',
  );
  expect(invoices.map((i) => [i.number, i.dueDate])).toEqual([['F-2026-002', '2026-03-22']]);
});
