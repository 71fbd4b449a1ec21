/**
 * Gmail as it is in late 2026 (tests/fixtures/gmail, `ui=2026`): the invoice collapsed
 * below the client's reply, Reply found by the new markup and never Forward, the body typed into
 * an editor built in steps with a signature, Send recorded only after the Undo period and once
 * the message is in the thread, any route, the account read from the title's right part.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, extensionPage, type Session, test } from './fixtures';
import { GMAIL, openLogged, serveGmail, THREAD } from './gmail-sim';
import { readStore } from './helpers';

interface SimWindow {
  __sent: { kind: string; threadId: string | null; body: string }[];
  __undone: unknown[];
  __forwards: unknown[];
  __shortcuts: unknown[];
}
const hooks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as SimWindow;
    return { sent: w.__sent, undone: w.__undone, forwards: w.__forwards, shortcuts: w.__shortcuts };
  });

async function events(session: Session): Promise<string[][]> {
  const ext = await session.context.newPage();
  await extensionPage(session, ext, 'popup.html');
  const all = await readStore<{ type: string; stepId: string }>(ext, 'events');
  await ext.close();
  return all.map((e) => [e.type, e.stepId]);
}

const T = {
  fr: {
    track: 'Suivre',
    confirm: 'Suivre la facture',
    remind: 'Relancer',
    undo: 'Annuler',
    sig: 'Développeuse',
  },
  en: {
    track: 'Track',
    confirm: 'Track invoice',
    remind: 'Send reminder',
    undo: 'Undo',
    sig: 'Freelance developer',
  },
};

for (const hl of ['fr', 'en'] as const) {
  test(`${hl}: collapsed invoice below the client's reply → card, « Suivre », Reply with signature; Send + Annuler records nothing, Send again records once`, async ({
    session,
  }) => {
    serveGmail(session);
    const page = await session.context.newPage();
    await page.goto(`${GMAIL}?hl=${hl}#sent/${THREAD.replied}`);
    // The invoice is a header only: no body, no attachment card in the page.
    await expect(page.locator('.adf.ads')).toHaveCount(1);
    await expect(page.locator('span[download_url]')).toHaveCount(0);
    const summary = page.getByTestId('card-summary');
    await expect(summary).toContainText('F-2026-007');
    await expect(summary).toContainText(hl === 'fr' ? '2 150,00 €' : '€2,150.00');
    await page.screenshot({ path: join(ARTIFACTS, `gmail-2026-collapsed-card-${hl}.png`) });

    // Typing in the « Suivre » form reaches none of Gmail's shortcut listeners.
    await page.getByRole('button', { name: T[hl].track, exact: true }).click();
    const form = page.getByTestId('track-form');
    await form.locator('input[name=client]').fill('');
    await form.locator('input[name=client]').pressSequentially('Orion Conseil SAS r#ec');
    await form.locator('input[name=client]').fill('Orion Conseil SAS');
    expect((await hooks(page)).shortcuts).toEqual([]);
    await form.getByRole('button', { name: T[hl].confirm }).click();
    await expect(page.getByTestId('card-status')).toBeVisible();

    await page.getByRole('button', { name: T[hl].remind }).click();
    const editor = page.locator('.M9 [g_editable=true]');
    await expect(editor).toContainText('F-2026-007');
    // A reply in the thread, never a forward, with Gmail's signature kept under the text.
    await expect(page.locator('.M9')).toHaveAttribute('data-compose-kind', 'reply');
    await expect(editor.locator('.gmail_signature')).toContainText(T[hl].sig);
    expect((await hooks(page)).forwards).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `gmail-2026-reply-${hl}.png`) });

    // Send, then « Annuler » within the Undo period: nothing recorded, the draft comes back.
    await page.locator('.M9 div.T-I.T-I-atl[role=button]').click();
    await page.locator('.b8 [role=link]', { hasText: T[hl].undo }).click();
    await expect(editor).toContainText('F-2026-007');
    await page.waitForTimeout(6000);
    expect(await events(session)).toEqual([]);
    expect((await hooks(page)).sent).toEqual([]);

    // Send again and let the period pass: recorded once.
    await page.locator('.M9 div.T-I.T-I-atl[role=button]').click();
    await expect.poll(async () => (await hooks(page)).sent.length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => events(session), { timeout: 10_000 }).toEqual([['reminder_sent', 'j7-email']]);
    await page.waitForTimeout(1500);
    expect(await events(session)).toEqual([['reminder_sent', 'j7-email']]);
    expect((await hooks(page)).sent[0]).toMatchObject({ kind: 'reply', threadId: '18c1a2b3c4d5e6fa' });
    expect((await hooks(page)).shortcuts).toEqual([]);
  });
}

test('30 s Undo period (page clock): nothing recorded before it ends, recorded once after', async ({
  session,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await page.clock.install();
  await page.goto(`${GMAIL}?hl=fr&undo=30#sent/${THREAD.facturePdf}`);
  await page.clock.runFor(2000);
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  await page.getByTestId('track-form').getByRole('button', { name: 'Suivre la facture' }).click();
  await page.getByRole('button', { name: 'Relancer' }).click();
  const editor = page.locator('.M9 [g_editable=true]');
  for (let i = 0; i < 20 && !(await editor.count()); i++) await page.clock.runFor(200);
  await expect(editor).toContainText('F-2026-001');
  await page.locator('.M9 div.T-I.T-I-atl[role=button]').click();
  await page.waitForTimeout(2000);
  await page.clock.runFor(25_000);
  await page.waitForTimeout(1000);
  expect(await events(session)).toEqual([]);
  await page.clock.runFor(6000);
  await expect.poll(() => events(session), { timeout: 10_000 }).toEqual([['reminder_sent', 'j7-email']]);
});

for (const route of [
  `sent/p2/${THREAD.replied}`,
  `label/Clients/${THREAD.replied}`,
  `search/orion/${THREAD.replied}`,
]) {
  test(`the thread opened from #${route.split('/').slice(0, -1).join('/')} gets the card; the title's address is the client's, not the account`, async ({
    session,
  }) => {
    serveGmail(session);
    const page = await session.context.newPage();
    await page.goto(`${GMAIL}?hl=fr#${route}`);
    await expect(page).toHaveTitle('Facture F-2026-007 pour compta@orion.test - me@freelance.test - Gmail');
    await expect(page.getByTestId('card-summary')).toContainText('F-2026-007');
  });
}

test('when both attachment paths fail, the card keeps the e-mail values and the console stays empty', async ({
  session,
}) => {
  serveGmail(session, {}, 'broken');
  const { page, logged } = await openLogged(session, `sent/${THREAD.facturePdf}`);
  await expect(page.getByTestId('card-summary')).toHaveText(
    'Facture F-2026-001 · 1 500,00 € · échéance 15/03/2026',
  );
  await page.waitForTimeout(2000);
  await expect(page.getByTestId('card-summary')).toHaveText(
    'Facture F-2026-001 · 1 500,00 € · échéance 15/03/2026',
  );
  expect(logged).toEqual([]);
});

test('an invoice expanded after the card showed: the card is completed from the body and the PDF', async ({
  session,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await page.goto(`${GMAIL}?hl=fr#sent/${THREAD.replied}`);
  await expect(page.getByTestId('card-summary')).toContainText('F-2026-007');
  await page.locator('.adf.ads').click();
  await expect(page.locator('span[download_url]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  const form = page.getByTestId('track-form');
  // The recipient of the invoice (not the person who replied), and the PDF's mentions.
  await expect(form.locator('input[name=email]')).toHaveValue('compta@orion.test');
  await expect(form.getByRole('checkbox', { name: 'l’indemnité forfaitaire de 40 €' })).toBeChecked();
});

test('a send pending when the page reloads is settled on the next visit, once', async ({ session }) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await page.goto(`${GMAIL}?hl=fr&undo=10#sent/${THREAD.facturePdf}`);
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  await page.getByTestId('track-form').getByRole('button', { name: 'Suivre la facture' }).click();
  await page.getByRole('button', { name: 'Relancer' }).click();
  await expect(page.locator('.M9 [g_editable=true]')).toContainText('F-2026-001');
  await page.locator('.M9 div.T-I.T-I-atl[role=button]').click();
  // Left within the Undo period: the background keeps the pending send, not the page.
  await page.waitForTimeout(2000);
  await page.reload();
  expect(await events(session)).toEqual([]);
  // Gmail sends it when the period ends; the next visit sees it in the thread and records it.
  await expect.poll(() => events(session), { timeout: 20_000 }).toEqual([['reminder_sent', 'j7-email']]);
  await page.reload();
  await expect(page.getByTestId('card-status')).toContainText('appel (J+15)');
  expect(await events(session)).toEqual([['reminder_sent', 'j7-email']]);
});

for (const hl of ['fr', 'en'] as const) {
  test(`${hl}: an editor that refuses the reminder's text → the card says so, the signature stays, nothing is recorded`, async ({
    session,
  }) => {
    serveGmail(session);
    const page = await session.context.newPage();
    await page.goto(`${GMAIL}?hl=${hl}&refuse=1#sent/${THREAD.facturePdf}`);
    await page.getByRole('button', { name: T[hl].track, exact: true }).click();
    await page.getByTestId('track-form').getByRole('button', { name: T[hl].confirm }).click();
    await expect(page.getByTestId('card-status')).toBeVisible();
    await page.getByRole('button', { name: T[hl].remind }).click();
    await expect(page.getByTestId('echeance-card').getByRole('alert')).toHaveText(
      hl === 'fr'
        ? 'Gmail n’a pas gardé le texte de la relance : réessayez, ou collez-le depuis le popup.'
        : 'Gmail did not keep the reminder’s text: try again, or paste it from the popup.',
    );
    const editor = page.locator('.M9 [g_editable=true]');
    await expect(editor).not.toContainText('F-2026-001');
    await expect(editor.locator('.gmail_signature')).toContainText(T[hl].sig);
    await page.screenshot({ path: join(ARTIFACTS, `gmail-2026-not-written-${hl}.png`) });
    // The compose was not armed: sending it anyway (empty) records no reminder.
    await page.locator('.M9 div.T-I.T-I-atl[role=button]').click();
    await expect.poll(async () => (await hooks(page)).sent.length, { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(2000);
    expect(await events(session)).toEqual([]);
  });
}

test('a reminder sent as a new message, the page reloaded in its Undo period: kept past 45 s, recorded once its row shows in Sent', async ({
  session,
}) => {
  test.setTimeout(150_000);
  serveGmail(session);
  const page = await session.context.newPage();
  // No reply control in this thread: « Relancer » falls back to a new message.
  await page.goto(`${GMAIL}?hl=fr&noreply=1&undo=10#sent/${THREAD.facturePdf}`);
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  await page.getByTestId('track-form').getByRole('button', { name: 'Suivre la facture' }).click();
  await page.getByRole('button', { name: 'Relancer' }).click();
  const compose = page.locator('.dw .M9');
  await expect(compose).toHaveAttribute('data-compose-kind', 'new');
  await expect(compose.locator('[g_editable=true]')).toContainText('F-2026-001');
  await compose.locator('div.T-I.T-I-atl[role=button]').click();
  await page.waitForTimeout(2000);
  await page.reload();
  // Gmail sends it when the period ends; the invoice's thread never shows a new message, so
  // the pending send is kept, well past the longest Undo period.
  await expect.poll(async () => (await hooks(page)).sent.length, { timeout: 15_000 }).toBe(1);
  await page.waitForTimeout(50_000);
  expect(await events(session)).toEqual([]);
  // The Sent list shows its row: recorded, once.
  await page.evaluate(() => {
    location.hash = 'sent';
  });
  await expect.poll(() => events(session), { timeout: 10_000 }).toEqual([['reminder_sent', 'j7-email']]);
  await page.reload();
  await page.waitForTimeout(1500);
  expect(await events(session)).toEqual([['reminder_sent', 'j7-email']]);
});
