/**
 * Issue #14: after a phone promise, the written confirmation is one click away — from the call
 * panel (saving the promise and opening the e-mail) and while the ladder waits on the promise.
 * The e-mail is read from the link's address (opening Gmail would leave the test's network).
 */
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { ARTIFACTS, expect, extensionPage, test } from './fixtures';
import { readStore, sendMessage } from './helpers';
import { importInvoices } from './law-helpers';

async function mailOf(link: Locator) {
  const url = new URL((await link.getAttribute('href')) ?? '');
  expect(url.host).toBe('mail.google.com');
  return {
    to: url.searchParams.get('to'),
    subject: url.searchParams.get('su'),
    body: url.searchParams.get('body') ?? '',
  };
}

test('a promise made on the phone: confirmed in writing, tu or vous', async ({ session }) => {
  const page = await session.context.newPage();
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await extensionPage(session, page, 'dashboard.html#invoices');
  await importInvoices(page, [
    {
      number: 'F-2026-090',
      clientName: 'Studio Lune',
      clientEmail: 'camille@lune.test',
      clientKind: 'pro',
      totalCents: 240_000,
      amountDueCents: 240_000,
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
    },
  ]);
  const [invoice] = await readStore<{ id: string; clientId: string }>(page, 'invoices');
  await extensionPage(session, page, `dashboard.html#invoice/${invoice!.id}`);

  await page.getByTestId('act-call').click();
  await page.getByTestId('promise-date').fill('2026-12-10');
  const fromCall = await mailOf(page.getByTestId('call-panel').getByTestId('promise-confirm'));
  expect(fromCall.to).toBe('camille@lune.test');
  expect(fromCall.subject).toBe('Suite à notre appel : règlement de la facture F-2026-090 le 10/12/2026');
  expect(fromCall.body).toMatch(/Merci pour notre échange téléphonique du 01\/12\/2026\./);
  expect(fromCall.body).toMatch(/soit 2\s400,00\s€, interviendra au plus tard le 10\/12\/2026/);
  await page.screenshot({ path: join(ARTIFACTS, 'law-promise-call-panel.png'), fullPage: true });
  await page.getByTestId('outcome-promise').click();

  // The ladder now waits on the promise; the confirmation stays offered.
  const notice = page.getByTestId('promise-notice');
  await expect(notice).toContainText('Promesse de paiement pour le 10/12/2026.');
  const waiting = await mailOf(notice.getByTestId('promise-confirm'));
  expect(waiting.subject).toBe(fromCall.subject);
  expect(waiting.body).toBe(fromCall.body);
  await page.screenshot({ path: join(ARTIFACTS, 'law-promise-notice.png'), fullPage: true });

  // Addressed with « tu » in the client's card: the confirmation follows.
  const [client] = await readStore<Record<string, unknown>>(page, 'clients');
  expect(await sendMessage(page, 'client/save', { client: { ...client, addressing: 'tu' } })).toMatchObject({
    ok: true,
  });
  await expect
    .poll(async () => (await mailOf(page.getByTestId('promise-notice').getByTestId('promise-confirm'))).body)
    .toMatch(/je note que tu règles la facture F-2026-090/);
});
