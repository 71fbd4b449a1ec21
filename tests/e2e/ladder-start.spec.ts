/**
 * Issues #19 and #20: a late invoice starts where the user really is, and escalation follows
 * the user. (a) a Gmail thread where the user already sent a reminder is tracked at the step
 * after it; (b) a 60-day-late CSV invoice starts at a firm step, never « simple oubli »;
 * (c) a formal notice recorded on a J+7 invoice: the next step is the court step after the
 * notice's deadline.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { addDays, toDayNumber } from '../../core/dates';
import { isWorkingDay } from '../../core/dunning/calendar';
import { ARTIFACTS, expect, extensionPage, type Session, test } from './fixtures';
import { GMAIL, serveGmail } from './gmail-sim';
import { completeLetterParts, day, importCsvText, openRowAction, readStore } from './helpers';

const HEADER = 'numero;client;email;montant_ttc;date_emission;date_echeance;type_client;telephone';
const frDate = (iso: string) => iso.split('-').reverse().join('/');

/** The first working day on or after `iso` (the ladder never falls on a Sunday or a holiday). */
function workingFrom(iso: string): string {
  let d = iso;
  while (!isWorkingDay(toDayNumber(d))) d = addDays(d, 1);
  return d;
}

const TOKEN = 'FMfcgzQbgJRaKmLdDrZtWxYvUsTqPoNm';

/** The simulator's threads plus one: an invoice, then the user's own reminder 20 days ago. */
async function serveThreadWithReminder(page: Page) {
  const base = readFileSync(resolve(import.meta.dirname, '../fixtures/gmail/threads.js'), 'utf8');
  const nova = { email: 'compta@nova.test', name: 'Nova Conseil SAS' };
  const thread = {
    key: 'relance-deja-envoyee',
    id: '18c1a2b3c4d5e7a1',
    permId: 'thread-f:1790000000000000901',
    token: TOKEN,
    folders: ['sent'],
    subject: 'Facture F-2026-090',
    messages: [
      {
        id: '18c1a2b3c4d5e7a1',
        permId: 'msg-f:1790000000000000901',
        to: [nova],
        date: `${day(-90)}T10:00`,
        body:
          'Bonjour Léa,\n\nVeuillez trouver ci-joint la facture F-2026-090 d’un montant de 2 800,00 € TTC.\n' +
          `Date d’échéance : ${frDate(day(-60))}.\n\nBien cordialement,\nCamille Martin`,
      },
      {
        id: '18c1a2b3c4d5e7a2',
        permId: 'msg-f:1790000000000000902',
        to: [nova],
        date: `${day(-20)}T09:30`,
        body:
          'Bonjour Léa,\n\nSauf erreur de ma part, la facture F-2026-090 n’est toujours pas réglée. ' +
          'Pourriez-vous vérifier ?\n\nCamille',
      },
    ],
  };
  // The user sends both: `from` is the simulator's own account.
  const extra = `;(function(){var t=${JSON.stringify(thread)};t.messages.forEach(function(m){m.from=GMAIL_SIM_DATA.me;});GMAIL_SIM_DATA.threads.push(t);})();`;
  await page.route('https://mail.google.com/mail/u/0/threads.js', (route) =>
    route.fulfill({ body: base + extra, contentType: 'text/javascript; charset=utf-8' }),
  );
}

test('(a) a Gmail thread where the user already reminded: pre-filled, tracked at the step after that reminder', async ({
  session,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await serveThreadWithReminder(page);
  await page.goto(`${GMAIL}?hl=fr#sent/${TOKEN}`);
  await expect(page.getByTestId('card-summary')).toContainText('F-2026-090');
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  const where = page.getByTestId('whereabouts-track');
  await expect(where).toBeVisible();
  // Read from the thread: the user's own later message is an e-mail reminder, on its day.
  await expect(where.getByRole('radio', { name: 'Relancé par e-mail' })).toBeChecked();
  await expect(where.locator('input[type=date]')).toHaveValue(day(-20));
  await expect(where).toContainText('D’après vos messages dans ce fil');
  await where.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'ladder-gmail-whereabouts-fr.png') });
  await page.getByTestId('track-form').getByRole('button', { name: 'Suivre la facture' }).click();
  // The standard ladder's next step after an e-mail is the call, not the friendly first e-mail.
  await expect(page.getByTestId('card-status')).toContainText('appel (J+15)');
  await expect(page.getByTestId('card-status')).not.toContainText('relance courtoise');
  await page.screenshot({ path: join(ARTIFACTS, 'ladder-gmail-tracked-fr.png') });
  const ext = await session.context.newPage();
  await extensionPage(session, ext, 'popup.html');
  const events = await readStore<{ type: string; channel: string; date: string; note: string }>(
    ext,
    'events',
  );
  expect(events).toEqual([
    expect.objectContaining({ type: 'reminder_sent', channel: 'email', date: day(-20) }),
  ]);
  expect(events[0]!.note).toContain('fil Gmail');
});

/** Today's reminder for `number` as the popup composes it in Gmail (the compose URL's body). */
async function composedReminder(
  session: Session,
  number: string,
): Promise<{ subject: string; body: string }> {
  serveGmail(session);
  const popup = await session.context.newPage();
  await extensionPage(session, popup, 'popup.html');
  const row = popup.getByTestId('today-row').filter({ hasText: number });
  const [tab] = await Promise.all([
    session.context.waitForEvent('page'),
    openRowAction(row, 'remind', 'act-compose'),
  ]);
  await tab.waitForURL(/mail\.google\.com/);
  const url = new URL(tab.url());
  await popup.screenshot({ path: join(ARTIFACTS, 'ladder-csv-popup-fr.png') });
  return { subject: url.searchParams.get('su') ?? '', body: url.searchParams.get('body') ?? '' };
}

test('(b) a 60-day-late CSV invoice: the question in the preview, then a firm first reminder, never « simple oubli »', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await extensionPage(session, page, 'dashboard.html#invoices');
  const csv = `${HEADER}\nL-60;Orbis SAS;compta@orbis.test;2 800,00;${day(-90)};${day(-60)};pro;\nL-00;Orbis SAS;compta@orbis.test;900,00;${day(-5)};${day(25)};pro;`;
  await page
    .getByTestId('csv-input')
    .setInputFiles({ name: 'factures.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const where = page.getByTestId('whereabouts-csv');
  // One of the two rows is late: the question is asked once, for it.
  await expect(where).toContainText('1 de ces factures est déjà en retard');
  await expect(where.getByRole('radio', { name: 'Rien encore' })).toBeChecked();
  await page.screenshot({ path: join(ARTIFACTS, 'ladder-csv-whereabouts-fr.png'), fullPage: true });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText('2 factures importées.');
  expect(await readStore(page, 'events')).toEqual([]);

  const { subject, body } = await composedReminder(session, 'L-60');
  expect(body).toContain('L-60');
  expect(`${subject}\n${body}`).not.toMatch(/oubli|petit rappel/i);
  // The firm opening, with the lateness said plainly.
  expect(body).toContain('Sauf erreur de ma part');
  expect(body).toMatch(/60\sjours/);
});

test('(c) a formal notice recorded on a J+7 invoice: the next step is the court step, after the notice’s deadline', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await importCsvText(
    session,
    page,
    `${HEADER}\nJ-7;Vega SARL;compta@vega.test;1 200,00;${day(-37)};${day(-7)};pro;`,
    1,
  );
  const popup = await session.context.newPage();
  await extensionPage(session, popup, 'popup.html');
  const row = popup.getByTestId('today-row').filter({ hasText: 'J-7' });
  await row.getByRole('button', { expanded: false }).first().click();
  await row.getByTestId('act-formal-notice').click();
  await completeLetterParts(row);
  const [file] = await Promise.all([
    popup.waitForEvent('download'),
    row.getByTestId('document-generate').click(),
  ]);
  await file.saveAs(join(ARTIFACTS, 'ladder-formal-notice-j7.pdf'));
  await row.getByTestId('document-record').click();

  await expect
    .poll(async () =>
      (await readStore<{ type: string; date: string }>(popup, 'events')).map((e) => [e.type, e.date]),
    )
    .toEqual([['formal_notice_sent', day(0)]]);
  // The letter gave 8 days (the settings' default, printed in it) and the event keeps them: the
  // court step is due the day after, not after the longest delay a notice may give (15 days).
  expect(
    (await readStore<{ deadlineDays: number | null }>(popup, 'events')).map((e) => e.deadlineDays),
  ).toEqual([8]);
  const [invoice] = await readStore<{ id: string; nextActionDate: string }>(popup, 'invoices');
  expect(invoice!.nextActionDate).toBe(workingFrom(day(9)));

  // The invoice page says so: the court step is next, no call, no registered letter.
  const dash = await session.context.newPage();
  await extensionPage(session, dash, `dashboard.html#invoice/${invoice!.id}`);
  await expect(dash.getByText('injonction de payer').first()).toBeVisible();
  await dash.screenshot({ path: join(ARTIFACTS, 'ladder-after-notice-fr.png'), fullPage: true });
  const ladder = (await dash.locator('main').textContent()) ?? '';
  expect(ladder).not.toMatch(/à faire aujourd’hui : (appel|lettre recommandée)/);
});
