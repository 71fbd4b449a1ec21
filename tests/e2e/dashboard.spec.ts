import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatMoney } from '../../core/money';
import { ARTIFACTS, expect, extensionPage, type Session, test } from './fixtures';
import {
  axeViolations,
  CSV_HEADER,
  day,
  importCsvText,
  readStore,
  sendMessage,
  todayIsWorkingDay,
} from './helpers';

const csv = [
  CSV_HEADER,
  `N-01;Nova Studio;hello@nova.test;1 200,00;${day(-20)};${day(10)};pro;`,
  `L-15;Atelier Lune;compta@lune.test;2 400,00;${day(-45)};${day(-15)};pro;0102030405`,
  `K-45;Kappa SAS;finance@kappa.test;3 000,00;${day(-75)};${day(-45)};pro;`,
  `R-75;Rho SARL;ap@rho.test;4 000,00;${day(-105)};${day(-75)};pro;`,
  `O-120;Omega SA;dg@omega.test;5 000,00;${day(-150)};${day(-120)};pro;`,
  `P-PAID;Atelier Lune;compta@lune.test;800,00;${day(-90)};${day(-60)};pro;`,
  `M-5;Marie Martin;marie@martin.test;600,00;${day(-35)};${day(-5)};particulier;`,
].join('\n');

type Row = { id: string; number: string };

async function addEvents(page: Page, invoiceId: string, events: Record<string, unknown>[]) {
  for (const event of events) {
    const answer = await sendMessage(page, 'event/add', {
      event: { id: crypto.randomUUID(), invoiceId, createdAt: new Date().toISOString(), note: '', ...event },
    });
    expect(answer).toMatchObject({ ok: true });
  }
}

async function seed(session: Session, page: Page): Promise<Map<string, string>> {
  await importCsvText(session, page, csv, 7);
  const ids = new Map((await readStore<Row>(page, 'invoices')).map((r) => [r.number, r.id]));
  await addEvents(page, ids.get('L-15')!, [
    {
      type: 'reminder_sent',
      stepId: 'j7-email',
      channel: 'email',
      template: 'email.courteous',
      date: day(-8),
    },
  ]);
  // Kappa: three reminders and still unpaid → at risk although only 45 days late.
  await addEvents(page, ids.get('K-45')!, [
    {
      type: 'reminder_sent',
      stepId: 'j7-email',
      channel: 'email',
      template: 'email.courteous',
      date: day(-37),
    },
    {
      type: 'call',
      stepId: 'j15-phone',
      outcome: 'claims_paid',
      date: day(-29),
      note: 'Dit avoir viré la somme',
    },
    {
      type: 'letter_sent',
      stepId: 'j30-registered_letter',
      registered: true,
      trackingNumber: '1A0001',
      date: day(-15),
    },
  ]);
  await addEvents(page, ids.get('P-PAID')!, [{ type: 'payment', amountCents: 80_000, date: day(-50) }]);
  return ids;
}

const numbers = (page: Page) =>
  page.getByTestId('invoice-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number')));

async function shoot(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(ARTIFACTS, `dashboard-${name}-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('the dashboard lists, filters and sorts invoices, draws an invoice’s ladder, charts and clients', async ({
  session,
}) => {
  test.skip(
    !todayIsWorkingDay(),
    'its steps are due today, and today the ladder rests (Sunday or public holiday)',
  );
  test.setTimeout(120_000);
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  const ids = await seed(session, page);

  // The list: most days late first, closed invoices last.
  await extensionPage(session, page, 'dashboard.html#invoices');
  await expect(page.getByTestId('invoice-count')).toHaveText('7 factures');
  await expect.poll(() => numbers(page)).toEqual(['O-120', 'R-75', 'K-45', 'L-15', 'M-5', 'N-01', 'P-PAID']);
  await shoot(page, 'list');
  expect(await axeViolations(page)).toEqual([]);

  const search = page.getByTestId('list-search');
  await search.fill('lune');
  await expect(page.getByTestId('invoice-count')).toHaveText('2 factures sur 7');
  await expect.poll(() => numbers(page)).toEqual(['L-15', 'P-PAID']);
  await search.fill('finance@kappa');
  await expect.poll(() => numbers(page)).toEqual(['K-45']);
  await search.fill('');
  await page.getByTestId('filter-status').selectOption('paid');
  await expect.poll(() => numbers(page)).toEqual(['P-PAID']);
  await page.getByTestId('filter-status').selectOption('all');
  await page.getByTestId('filter-bucket').selectOption('61-90');
  await expect.poll(() => numbers(page)).toEqual(['R-75']);
  await page.getByTestId('filter-bucket').selectOption('1-30');
  await expect.poll(() => numbers(page)).toEqual(['L-15', 'M-5']);
  await page.getByTestId('filter-bucket').selectOption('all');
  await page.getByTestId('filter-client').selectOption({ label: 'Atelier Lune' });
  await expect.poll(() => numbers(page)).toEqual(['L-15', 'P-PAID']);
  await page.getByTestId('filter-client').selectOption('all');
  await page.getByTestId('list-sort').selectOption('amount');
  await page.getByTestId('sort-direction').click();
  await expect.poll(() => numbers(page)).toEqual(['P-PAID', 'M-5', 'N-01', 'L-15', 'K-45', 'R-75', 'O-120']);
  await page.getByTestId('list-sort').selectOption('number');
  await expect.poll(() => numbers(page)).toEqual(['K-45', 'L-15', 'M-5', 'N-01', 'O-120', 'P-PAID', 'R-75']);

  // Keyboard: the number is a link to the invoice page.
  await page.getByRole('link', { name: 'L-15', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#invoice/${ids.get('L-15')}$`));
  const steps = page.getByTestId('ladder-step');
  await expect(steps).toHaveCount(5);
  expect(await steps.evaluateAll((li) => li.map((l) => l.getAttribute('data-state')))).toEqual([
    'done',
    'due',
    'upcoming',
    'upcoming',
    'upcoming',
  ]);
  await expect(steps.nth(0)).toContainText('fait le');
  await expect(steps.nth(0)).toContainText('par e-mail');
  await expect(steps.nth(1)).toContainText('J+15');
  await expect(page.getByTestId('event')).toHaveCount(1);

  // Penalties: simple interest base × rate × days / 365 per segment, rounded once on the total.
  const segments = await page
    .getByTestId('penalty-segment')
    .evaluateAll((rows) =>
      rows.map((r) => ['base', 'rate', 'days'].map((k) => Number(r.getAttribute(`data-${k}`)))),
    );
  expect(segments.length).toBeGreaterThan(0);
  expect(segments.every(([base]) => base === 240_000)).toBe(true);
  expect(segments.reduce((sum, [, , days]) => sum + days!, 0)).toBe(15);
  const exact = segments.reduce((sum, [base, rate, days]) => sum + (base! * rate! * days!) / 36500, 0);
  await expect(page.getByTestId('penalty-interest')).toHaveText(formatMoney(Math.round(exact)));
  await expect(page.getByTestId('penalty-indemnity')).toHaveText(formatMoney(4000));
  await expect(page.getByTestId('penalties')).toContainText('L441-10 II');
  await expect(page.getByTestId('penalties')).toContainText('une seule fois, à la fin');
  // A CSV says nothing of the rate and 40 € mentions: both are reported with what they cost.
  await expect(page.getByTestId('missing-mention')).toHaveCount(2);
  await shoot(page, 'invoice');
  expect(await axeViolations(page)).toEqual([]);

  // K-45: a call with a note, a registered letter with its tracking number.
  await extensionPage(session, page, `dashboard.html#invoice/${ids.get('K-45')}`);
  await expect(page.getByTestId('event')).toHaveCount(3);
  await expect(page.getByTestId('event-log')).toContainText('Dit avoir viré la somme');
  await expect(page.getByTestId('event-log')).toContainText('Lettre recommandée envoyée');
  await expect(page.getByTestId('event-log')).toContainText('N° de suivi : 1A0001');
  await expect(page.getByTestId('ladder-step').nth(3)).toHaveAttribute('data-state', 'due');

  // Charts: the aging buckets of the imported data.
  await extensionPage(session, page, 'dashboard.html#charts');
  await expect(page.getByTestId('aging-bar')).toHaveCount(5);
  const bars = await page
    .getByTestId('aging-bar')
    .evaluateAll((rects) =>
      rects.map((r) => [r.getAttribute('data-label'), Number(r.getAttribute('data-cents'))]),
    );
  expect(bars).toEqual([
    ['Non échu', 120_000],
    ['1–30 j', 300_000],
    ['31–60 j', 300_000],
    ['61–90 j', 400_000],
    ['> 90 j', 500_000],
  ]);
  await expect(page.getByTestId('aging-table')).toContainText('5 000,00');
  await expect(page.locator('[data-testid=aging-chart] svg')).toHaveAttribute('role', 'img');
  await shoot(page, 'charts');
  expect(await axeViolations(page)).toEqual([]);

  // Clients: at risk by the stated rule; tu/vous edited and saved through the background.
  await extensionPage(session, page, 'dashboard.html#clients');
  const risk = (name: string) => page.locator(`[data-testid=client-row][data-name="${name}"]`);
  await expect(risk('Omega SA')).toHaveAttribute('data-risk', 'yes');
  await expect(risk('Rho SARL')).toHaveAttribute('data-risk', 'yes');
  await expect(risk('Kappa SAS')).toHaveAttribute('data-risk', 'yes');
  await expect(risk('Kappa SAS').getByTestId('client-reminders')).toHaveText('3');
  await expect(risk('Atelier Lune')).toHaveAttribute('data-risk', 'no');
  await expect(risk('Atelier Lune')).toContainText('10 j');
  await expect(page.getByTestId('risk-rule')).toContainText('plus de 60 jours');
  await risk('Atelier Lune').getByTestId('client-edit').click();
  await page.getByTestId('addressing-tu').check();
  await page.getByTestId('client-phone').fill('06 11 22 33 44');
  await page.getByTestId('client-save').click();
  await expect(page.getByTestId('client-message')).toHaveText('Client enregistré.');
  const lune = (await readStore<{ name: string; addressing: string; phone: string }>(page, 'clients')).find(
    (c) => c.name === 'Atelier Lune',
  );
  expect(lune).toMatchObject({ addressing: 'tu', phone: '06 11 22 33 44' });
  await shoot(page, 'clients');
  expect(await axeViolations(page)).toEqual([]);

  for (const screen of ['today', 'settings', 'import', 'backup']) {
    await extensionPage(session, page, `dashboard.html#${screen}`);
    await expect(page.locator(`[data-testid=nav-${screen}][aria-current=page]`)).toBeVisible();
    await shoot(page, screen);
  }
});
