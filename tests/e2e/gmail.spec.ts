import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, extensionPage, type Session, test } from './fixtures';
import { GMAIL, serveGmail, THREAD } from './gmail-sim';
import { readStore } from './helpers';

interface Sent {
  to: string[];
  subject: string;
  body: string;
  threadId: string | null;
  kind: 'reply' | 'new';
}

const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent ?? []);

async function track(page: Page, confirmLabel: string) {
  await page
    .getByRole('button', { name: confirmLabel === 'Suivre la facture' ? 'Suivre' : 'Track', exact: true })
    .click();
  const form = page.getByTestId('track-form');
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: confirmLabel }).click();
  await expect(page.getByTestId('card-status')).toBeVisible();
}

/** The tracked invoices' numbers, from the dashboard's list (the popup lists today's actions only). */
async function popupNumbers(session: Session): Promise<string[]> {
  const popup = await session.context.newPage();
  await extensionPage(session, popup, 'dashboard.html#invoices');
  await expect(popup.getByTestId('invoice-row').first()).toBeVisible();
  const numbers = await popup
    .getByTestId('invoice-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number') ?? ''));
  await popup.close();
  return numbers;
}

test('French Gmail: the sent invoice is detected, tracked in one click, and « Relancer » replies in the thread', async ({
  session,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await page.goto(`${GMAIL}?hl=fr#sent/${THREAD.facturePdf}`);
  await expect(page.getByTestId('card-summary')).toHaveText(
    'Facture F-2026-001 · 1 500,00 € · échéance 15/03/2026',
  );
  await page.screenshot({ path: join(ARTIFACTS, 'gmail-card-untracked-fr.png') });
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  await page.screenshot({ path: join(ARTIFACTS, 'gmail-track-form-fr.png') });
  await page.getByTestId('track-form').getByRole('button', { name: 'Suivre la facture' }).click();
  await expect(page.getByTestId('card-status')).toContainText('En retard de');
  await expect(page.getByTestId('card-status')).toContainText('relance ferme (J+7)');
  expect(await popupNumbers(session)).toEqual(['F-2026-001']);
  // The attached PDF was fetched from Gmail and kept with the invoice (for letters and the kit).
  const files = await (async () => {
    const ext = await session.context.newPage();
    await extensionPage(session, ext, 'popup.html');
    const all = await readStore<{ name: string; mime: string; base64: string }>(ext, 'files');
    await ext.close();
    return all;
  })();
  expect(
    files.map((f) => [f.name, f.mime, Buffer.from(f.base64, 'base64').subarray(0, 5).toString()]),
  ).toEqual([['Facture-F-2026-001.pdf', 'application/pdf', '%PDF-']]);

  // « Relancer »: Gmail's reply opens in the thread with today's reminder written in it.
  const remind = page.getByRole('button', { name: 'Relancer' });
  await expect(remind).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'gmail-card-tracked-fr.png') });
  await remind.click();
  const body = page.locator('.M9 [g_editable=true]');
  await expect(body).toContainText('F-2026-001');
  await expect(body).toContainText(/1\s500,00\s€/);
  await expect(body).toContainText('15/03/2026');
  await page.screenshot({ path: join(ARTIFACTS, 'gmail-reply-fr.png') });
  await page.locator('.M9 div.T-I.T-I-atl[role=button]').click();
  await expect.poll(async () => (await sent(page)).length).toBe(1);
  const [reply] = await sent(page);
  expect(reply).toMatchObject({ kind: 'reply', threadId: '18c1a2b3c4d5e6f1', to: ['compta@acme.test'] });
  expect(reply!.body).toContain('F-2026-001');

  // Send records the step; the next step is a different one.
  const ext = await session.context.newPage();
  await extensionPage(session, ext, 'popup.html');
  await expect
    .poll(
      async () =>
        (await readStore<{ type: string; stepId: string }>(ext, 'events')).map((e) => [e.type, e.stepId]),
      // Recorded once Gmail's undo window has passed (compose-reminder.ts).
      { timeout: 15_000 },
    )
    .toEqual([['reminder_sent', 'j7-email']]);
  await page.reload();
  await expect(page.getByTestId('card-status')).toContainText('appel (J+15)');
  await expect(page.getByRole('button', { name: 'Relancer' })).toHaveCount(0);
});

test('closing the compose without sending records nothing', async ({ session }) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await page.goto(`${GMAIL}?hl=fr#sent/${THREAD.facturePdf}`);
  await track(page, 'Suivre la facture');
  await page.getByRole('button', { name: 'Relancer' }).click();
  await expect(page.locator('.M9 [g_editable=true]')).toContainText('F-2026-001');
  await page.locator('.M9 .gU .oh').click();
  await expect(page.locator('.M9')).toHaveCount(0);
  const ext = await session.context.newPage();
  await extensionPage(session, ext, 'popup.html');
  await ext.waitForTimeout(500);
  expect(await readStore(ext, 'events')).toEqual([]);
});

test.describe('in an English browser', () => {
  test.use({ lang: 'en' });

  test('a French Gmail gets the card in French (Gmail’s <html lang>, settings on « auto »)', async ({
    session,
  }) => {
    serveGmail(session);
    const page = await session.context.newPage();
    await page.goto(`${GMAIL}?hl=fr#sent/${THREAD.facturePdf}`);
    await expect(page.getByTestId('card-summary')).toHaveText(
      'Facture F-2026-001 · 1 500,00 € · échéance 15/03/2026',
    );
    await expect(page.getByRole('button', { name: 'Suivre', exact: true })).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, 'gmail-fr-in-english-browser.png') });
  });

  test('English Gmail, older markup (ui=2025, table.Bs): detected, tracked, « Send reminder » writes the reply', async ({
    session,
  }) => {
    serveGmail(session);
    const page = await session.context.newPage();
    await page.goto(`${GMAIL}?hl=en&ui=2025&layout=bs&to=peoplekit#sent/${THREAD.invoiceEn}`);
    await expect(page.getByTestId('card-summary')).toHaveText(
      'Invoice INV-1042 · £1,250.00 · due 31 Mar 2026',
    );
    await track(page, 'Track invoice');
    await expect(page.getByTestId('card-status')).toContainText('days overdue');
    await page.screenshot({ path: join(ARTIFACTS, 'gmail-card-tracked-en.png') });
    await page.getByRole('button', { name: 'Send reminder' }).click();
    const body = page.locator('.M9 [g_editable=true]');
    await expect(body).toContainText('INV-1042');
    await expect(body).toContainText('£1,250.00');
    await page.locator('.M9 div.T-I.T-I-atl[role=button]').click();
    await expect.poll(async () => (await sent(page)).length).toBe(1);
    expect((await sent(page))[0]).toMatchObject({ kind: 'reply', threadId: '18c1a2b3c4d5e6f7' });
  });
});

/** The thread where the client says the transfer left (« le virement a été effectué »), tracked. */
async function trackedVirement(session: Session): Promise<Page> {
  serveGmail(session);
  const page = await session.context.newPage();
  await page.goto(`${GMAIL}?hl=fr#sent/${THREAD.virement}`);
  await track(page, 'Suivre la facture');
  return page;
}

test('the Sent list labels tracked invoices, and a payment reply offers « Marquer comme payée ? »', async ({
  session,
}) => {
  const page = await trackedVirement(session);
  await expect(page.getByTestId('paid-hint')).toContainText('Marquer comme payée ?');
  await page.screenshot({ path: join(ARTIFACTS, 'gmail-paid-hint-fr.png') });
  await page.evaluate(() => {
    location.hash = '#sent';
  });
  const label = page.locator('tr.zA [data-echeance-label]');
  await expect(label).toHaveCount(1);
  await expect(label).toHaveText(/^J\+\d+$/);
  await page.screenshot({ path: join(ARTIFACTS, 'gmail-sent-labels-fr.png') });
  await page.evaluate(() => {
    history.back();
  });
  await page.getByTestId('paid-hint').getByRole('button', { name: 'Oui, marquer payée' }).click();
  await expect(page.getByTestId('card-status')).toContainText('Payée');
  await page.evaluate(() => {
    location.hash = '#sent';
  });
  await expect(page.locator('tr.zA [data-echeance-label]')).toHaveText('Payée');
});

test('marked paid from the card by mistake: « Annuler » on the card takes it back (issue #20)', async ({
  session,
}) => {
  const page = await trackedVirement(session);
  const status = page.getByTestId('card-status');
  const before = await status.textContent();
  await page.getByTestId('paid-hint').getByRole('button', { name: 'Oui, marquer payée' }).click();
  await expect(status).toContainText('Payée');
  const undo = page.getByTestId('card-undo');
  await expect(undo).toContainText('Paiement enregistré');
  await expect(undo.getByTestId('card-undo-button')).toHaveText(/^Annuler \(\d+ s\)$/);
  await page.screenshot({ path: join(ARTIFACTS, 'gmail-card-undo-fr.png') });
  await undo.getByTestId('card-undo-button').click();
  await expect(page.getByTestId('card-undone')).toHaveText('Action annulée.');
  await expect(undo).toHaveCount(0);
  // Back as it was: late, the payment hint offered again.
  await expect(status).toHaveText(before ?? '');
  await expect(page.getByTestId('paid-hint')).toBeVisible();
});

test('hostile content stays text, and an unknown layout produces no error and no console output', async ({
  session,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  page.on('pageerror', (e) => messages.push(String(e)));
  let alerted = false;
  page.on('dialog', async (d) => {
    alerted = true;
    await d.dismiss();
  });
  await page.goto(`${GMAIL}?hl=fr#sent/${THREAD.hostile}`);
  await expect(page.getByTestId('echeance-card')).toBeVisible();
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  const form = page.getByTestId('track-form');
  await expect(form).toBeVisible();
  // Whatever the hostile thread put in the fields is a value, not markup.
  const card = page.locator('echeance-card');
  expect(await card.evaluate((host) => host.shadowRoot?.querySelectorAll('img, script').length)).toBe(0);
  expect(alerted).toBe(false);

  messages.length = 0;
  const popup = await session.context.newPage();
  await extensionPage(session, popup, 'popup.html');
  // A Gmail page we recognise says nothing in the popup.
  await expect(popup.getByTestId('gmail-unrecognised')).toHaveCount(0);

  await page.goto(`${GMAIL}unknown.html#sent/${THREAD.facturePdf}`);
  await page.waitForTimeout(1000);
  await expect(page.locator('echeance-card')).toHaveCount(0);
  // Silent in the page; after Gmail's grace time, the popup says it did not recognise Gmail.
  await expect(popup.getByTestId('gmail-unrecognised')).toContainText('Gmail n’a pas été reconnu', {
    timeout: 15_000,
  });
  expect(messages).toEqual([]);
});
