/**
 * Issue #17, per client, in the built extension: a client taken off reminders, the grouped
 * statement reminder written in Gmail (the simulator's `?view=cm` compose), and the client's
 * « le virement a été effectué » e-mail holding the ladder from the Gmail card.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, extensionPage, type Session, test } from './fixtures';
import { GMAIL, serveGmail, THREAD } from './gmail-sim';
import { axeViolations, CSV_HEADER, day, importCsvText, readStore } from './helpers';

const badge = (session: Session) => session.worker.evaluate(() => chrome.action.getBadgeText({}));
const fr = (iso: string) => iso.split('-').reverse().join('/');

async function todayNumbers(session: Session): Promise<string[]> {
  const popup = await session.context.newPage();
  await extensionPage(session, popup, 'popup.html');
  await expect(popup.getByTestId('total-outstanding')).toBeVisible();
  const numbers = await popup
    .getByTestId('today-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number') ?? ''));
  await popup.close();
  return numbers.sort();
}

// Three open invoices of Atelier Mercier (two late, one not due yet) and one of Dupont Conseil.
const csv = [
  CSV_HEADER,
  `R-1;Atelier Mercier;compta@mercier.test;1 500,00;${day(-70)};${day(-40)};pro;`,
  `R-2;Atelier Mercier;compta@mercier.test;840,50;${day(-50)};${day(-20)};pro;`,
  `R-3;Atelier Mercier;compta@mercier.test;320,00;${day(-10)};${day(20)};pro;`,
  `D-1;Dupont Conseil;compta@dupont.test;99,00;${day(-40)};${day(-10)};pro;`,
].join('\n');

test('a client excluded from reminders: nothing due, no date planned, shown on both tables; resuming brings it back', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await importCsvText(session, page, csv, 4);
  await expect.poll(() => badge(session)).toBe('3');
  expect(await todayNumbers(session)).toEqual(['D-1', 'R-1', 'R-2']);

  await extensionPage(session, page, 'dashboard.html#clients');
  const row = page.getByTestId('pays-row').filter({ hasText: 'Atelier Mercier' });
  await row.getByTestId('reminders-off-reason').selectOption('direct_debit');
  await row.getByTestId('reminders-exclude').click();
  await expect(page.getByTestId('pays-message')).toHaveText(
    'Atelier Mercier ne sera plus relancé : ni relance, ni notification, rien dans « Aujourd’hui ».',
  );
  await expect(row.getByTestId('reminders-off-tag')).toHaveText('Exclu des relances');
  await expect(row.getByTestId('reminders-off')).toContainText(
    `Prélèvement automatique, depuis le ${fr(day(0))}`,
  );
  await expect(
    page.getByTestId('client-row').filter({ hasText: 'Atelier Mercier' }).getByTestId('client-reminders-off'),
  ).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'client-excluded-fr.png'), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  // The badge, « Aujourd'hui » and the cached dates (which plan the alarms) leave Mercier out.
  await expect.poll(() => badge(session)).toBe('1');
  expect(await todayNumbers(session)).toEqual(['D-1']);
  const invoices = await readStore<{ number: string; status: string; nextActionDate: string | null }>(
    page,
    'invoices',
  );
  for (const n of ['R-1', 'R-2', 'R-3'])
    expect(invoices.find((i) => i.number === n)).toMatchObject({ status: 'open', nextActionDate: null });
  const clients = await readStore<{ name: string; remindersOff?: unknown }>(page, 'clients');
  expect(clients.find((c) => c.name === 'Atelier Mercier')!.remindersOff).toEqual({
    since: day(0),
    reason: 'direct_debit',
  });
  // The worker's alarms: none for a notice of Mercier's invoices (only the fixed ones may remain).
  const alarms = (await session.worker.evaluate(() => chrome.alarms.getAll())).map((a) => a.name);
  expect(alarms.filter((a) => /R-\d/.test(a))).toEqual([]);

  // The invoice page says why nothing is planned.
  await extensionPage(session, page, 'dashboard.html#invoices');
  await page.getByRole('link', { name: 'R-1' }).first().click();
  await expect(page.getByText('client exclu des relances depuis le')).toBeVisible();

  // Reversible: reminders resume and the three due steps are back.
  await extensionPage(session, page, 'dashboard.html#clients');
  await page
    .getByTestId('pays-row')
    .filter({ hasText: 'Atelier Mercier' })
    .getByTestId('reminders-resume')
    .click();
  await expect(page.getByTestId('pays-message')).toHaveText('Les relances d’Atelier Mercier reprennent.');
  await expect(page.getByTestId('client-reminders-off')).toHaveCount(0);
  await expect.poll(() => badge(session)).toBe('3');
  expect(await todayNumbers(session)).toEqual(['D-1', 'R-1', 'R-2']);
});

const sentFrom = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __sent?: { to: string[]; subject: string; body: string; kind: string }[] })
        .__sent ?? [],
  );

test('the grouped reminder with the statement of account is written in Gmail as a new message listing the 3 invoices', async ({
  session,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await importCsvText(session, page, csv, 4);
  await extensionPage(session, page, 'dashboard.html#clients');
  const row = page.getByTestId('pays-row').filter({ hasText: 'Atelier Mercier' });
  const [gmail] = await Promise.all([
    session.context.waitForEvent('page'),
    row.getByTestId('pays-statement-mail').click(),
  ]);
  await expect(page.getByTestId('pays-message')).toHaveText(
    'Relance groupée ouverte dans votre messagerie : 3 factures, à relire avant l’envoi.',
  );
  await gmail.waitForURL((u) => u.href.startsWith(GMAIL));
  expect(new URL(gmail.url()).searchParams.get('view')).toBe('cm');

  // The simulator's compose window, prefilled as Gmail does from ?view=cm.
  const editor = gmail.locator('.M9 [g_editable=true]');
  await expect(editor).toContainText('Relevé de compte au');
  for (const n of ['R-1', 'R-2', 'R-3']) await expect(editor).toContainText(n);
  await expect(editor).not.toContainText('D-1');
  await expect(gmail.locator('input[name=subjectbox]')).toHaveValue(/^Relevé de compte au /);
  await gmail.screenshot({ path: join(ARTIFACTS, 'gmail-statement-compose-fr.png') });
  await gmail.locator('.M9 div.T-I.T-I-atl[role=button]').click();
  await expect.poll(async () => (await sentFrom(gmail)).length, { timeout: 15_000 }).toBe(1);
  const [mail] = await sentFrom(gmail);
  expect(mail).toMatchObject({ kind: 'new', to: ['compta@mercier.test'] });
  const body = mail!.body.replace(/[\u00a0\u202f]/g, ' ');
  expect(body).toContain('Voici l’état de votre compte : 3 factures restent à régler.');
  expect(body).toMatch(/- R-1 du .*reste dû 1 500,00 €/);
  expect(body).toMatch(/- R-2 du .*reste dû 840,50 €/);
  expect(body).toMatch(/- R-3 du .*reste dû 320,00 €/);
  expect(body).toContain('Total restant dû : 2 660,50 €');
  expect(body).toContain('en indiquant la référence R-1, R-2, R-3.');
});

test('« le virement a été effectué » in the client’s reply: « Pas encore reçu » holds the reminders the days set', async ({
  session,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await page.goto(`${GMAIL}?hl=fr#sent/${THREAD.virement}`);
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  await page.getByTestId('track-form').getByRole('button', { name: 'Suivre la facture' }).click();
  await expect(page.getByTestId('card-status')).toContainText('En retard de');
  await expect.poll(() => badge(session)).toBe('1');

  const hint = page.getByTestId('paid-hint');
  await expect(hint).toContainText('Marquer comme payée ?');
  await hint.getByTestId('hold-for-money').click();
  // Default wait: 5 days; the ladder resumes the day after.
  await expect(page.getByTestId('card-status')).toContainText(
    `virement annoncé le ${fr(day(0))} : relances en pause jusqu’au ${fr(day(6))}`,
  );
  await expect(hint.getByTestId('hold-for-money')).toHaveCount(0);
  await expect(hint.getByRole('button', { name: 'Oui, marquer payée' })).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'gmail-hold-for-money-fr.png') });
  await expect.poll(() => badge(session)).toBe('');

  const ext = await session.context.newPage();
  await extensionPage(session, ext, 'popup.html');
  const events = await readStore<{ type: string; promisedDate?: string; channel?: string }>(ext, 'events');
  expect(events.filter((e) => e.type === 'payment_announced')).toEqual([
    expect.objectContaining({ channel: 'email', promisedDate: day(5) }),
  ]);
  const [invoice] = await readStore<{ status: string; nextActionDate: string }>(ext, 'invoices');
  expect(invoice).toMatchObject({ status: 'promised', nextActionDate: day(6) });
  await ext.close();

  // Seen again later (a reload): still held, and the hold is not offered twice.
  await page.reload();
  await expect(page.getByTestId('card-status')).toContainText('relances en pause jusqu’au');
  await expect(page.getByTestId('hold-for-money')).toHaveCount(0);
});
