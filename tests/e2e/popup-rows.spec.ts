/**
 * The popup that takes three seconds (issue #20): one line per action, the verb as its button,
 * « ⋯ » for the rest, the second line in plain words with the calls and promises; eight actions
 * fit Chrome's 600 px popup without scrolling; J/K (and the arrows) move between actions, Enter
 * runs one. Real Chromium, real IndexedDB, the e2e build.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, extensionPage, type Session, test } from './fixtures';
import { CSV_HEADER, day, readStore, sendMessage } from './helpers';

/** Chrome caps an extension popup at 800 × 600 px; ours is 560 px wide. */
const POPUP = { width: 560, height: 600 };

// Ten invoices late enough to be due today: the popup shows eight and links to the rest.
const CLIENTS = [
  'Agence Pixel',
  'Boulangerie Soleil',
  'Xylo SAS',
  'Atelier Lune',
  'Studio Nord',
  'Cabinet Ormeau',
  'Librairie des Quais',
  'Menuiserie Vasseur et Fils',
  'Delta SARL',
  'Kappa Conseil',
];
const csv = [
  CSV_HEADER,
  ...CLIENTS.map(
    (name, i) =>
      `F-${101 + i};${name};compta${i}@client.test;${2800 + i * 150},00;${day(-40 - i * 7)};${day(-10 - i * 7)};pro;01 02 03 04 0${i}`,
  ),
].join('\n');

async function importCsv(session: Session, page: Page) {
  await extensionPage(session, page, 'dashboard.html#invoices');
  await page
    .getByTestId('csv-input')
    .setInputFiles({ name: 'factures.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toBeVisible();
}

async function addEvents(page: Page, number: string, events: Record<string, unknown>[]) {
  const invoice = (await readStore<{ id: string; number: string }>(page, 'invoices')).find(
    (i) => i.number === number,
  )!;
  for (const e of events)
    await sendMessage(page, 'event/add', {
      event: {
        id: crypto.randomUUID(),
        invoiceId: invoice.id,
        createdAt: new Date().toISOString(),
        note: '',
        ...e,
      },
    });
}

/** History that the rows must show: a reminder sent, a call without answer, a promise not kept. */
async function seed(session: Session) {
  const page = await session.context.newPage();
  await importCsv(session, page);
  // An everyday user: the welcome is behind them (its checklist shows in the popup until then).
  const settings = (await readStore<{ value: object }>(page, 'settings'))[0]?.value ?? {};
  await sendMessage(page, 'settings/save', {
    settings: {
      ...settings,
      welcome: { done: ['identity', 'mentions', 'style', 'import'], dismissed: true },
    },
  });
  // The latest invoices are the most severe (surely among the eight shown), with some history.
  // F-110 (J+73): the e-mail went out.
  await addEvents(page, 'F-110', [
    {
      type: 'reminder_sent',
      stepId: 'j7-email',
      channel: 'email',
      template: 'email.courteous',
      date: day(-20),
    },
  ]);
  // F-109 (J+66): e-mail done, then a call promised a payment three days ago that never came.
  await addEvents(page, 'F-109', [
    {
      type: 'reminder_sent',
      stepId: 'j7-email',
      channel: 'email',
      template: 'email.courteous',
      date: day(-10),
    },
    { type: 'call', stepId: null, outcome: 'promise', promisedDate: day(-3), date: day(-6) },
  ]);
  // F-108 (J+59): a call without answer.
  await addEvents(page, 'F-108', [{ type: 'call', stepId: null, outcome: 'no_answer', date: day(-2) }]);
  return page;
}

async function openPopup(session: Session) {
  const popup = await session.context.newPage();
  await popup.setViewportSize(POPUP);
  await extensionPage(session, popup, 'popup.html');
  await expect(popup.getByTestId('today-row')).toHaveCount(8);
  return popup;
}

/** Nothing to scroll: the document is no taller than the popup's 600 px. */
const overflow = (popup: Page) =>
  popup.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);

for (const lang of ['fr', 'en'] as const) {
  test.describe(`popup rows (${lang})`, () => {
    test.use({ lang });

    test(`eight actions fit 600 px, one line each with its verb, facts in plain words (${lang})`, async ({
      session,
    }) => {
      await seed(session);
      const popup = await openPopup(session);
      const rows = popup.getByTestId('today-row');
      await popup.screenshot({ path: join(ARTIFACTS, `popup-8-actions-600px-${lang}.png`) });
      expect(await overflow(popup)).toBeLessThanOrEqual(0);
      // The verb is the button, with the client, the amount without cents and the days late.
      await expect(rows.filter({ hasText: 'F-110' }).getByTestId('row-main')).toHaveText(
        lang === 'fr'
          ? /^(Relancer|Appeler|Envoyer .+ à) Kappa Conseil — 4\s150\s€ · J\+73$/
          : /^(Remind|Call|Send .+ to) Kappa Conseil — €4,150 · D\+73$/,
      );
      // Calls and promises leave their trace on the row, dates as people write them.
      const shortDay = (offset: number) => {
        const [, m, d] = day(offset).split('-');
        return lang === 'fr'
          ? `${d}/${m}`
          : new Date(`${day(offset)}T12:00:00Z`).toLocaleDateString('en-GB', {
              day: 'numeric',
              month: 'short',
            });
      };
      const soleil = rows.filter({ hasText: 'F-109' }).getByTestId('today-step');
      await expect(soleil).toContainText(
        lang === 'fr'
          ? `promis pour le ${shortDay(-3)}, rien reçu`
          : `promised for ${shortDay(-3)}, nothing came`,
      );
      await expect(rows.filter({ hasText: 'F-110' }).getByTestId('today-step')).toContainText(
        lang === 'fr' ? `relancé le ${shortDay(-20)}` : `reminded on ${shortDay(-20)}`,
      );
      await expect(rows.filter({ hasText: 'F-108' }).getByTestId('today-step')).toContainText(
        lang === 'fr' ? `appelé le ${shortDay(-2)}, sans réponse` : `called on ${shortDay(-2)}, no answer`,
      );
      // No jargon, no ISO date, no second list of the same invoices, no page detection here.
      const text = (await popup.locator('main').textContent()) ?? '';
      expect(text).not.toMatch(/en retard sur le plan|behind plan|\d{4}-\d{2}-\d{2}|\(s\)/);
      await expect(popup.getByTestId('invoice-row')).toHaveCount(0);
      await expect(popup.getByRole('button', { name: /Détecter|Detect/ })).toHaveCount(0);
      await expect(popup.getByTestId('today-rest')).toHaveText(
        lang === 'fr'
          ? 'Voir les 2 autres actions dans le tableau de bord'
          : 'See the 2 other actions in the dashboard',
      );

      // « ⋯ »: the other actions in plain words, no procedures, no « Enregistrer ».
      await rows.nth(0).getByTestId('row-more').click();
      const menu = rows.nth(0).getByTestId('row-menu');
      await expect(menu).toBeVisible();
      const labels = await menu.getByRole('button').allTextContents();
      expect(labels.join(' | ')).not.toMatch(
        /BODACC|Procédure|Insolvency|Échéancier|Payment plan|Enregistrer|Save/,
      );
      expect(labels).toContain(lang === 'fr' ? 'Marquer comme payée' : 'Mark as paid');
      await popup.screenshot({ path: join(ARTIFACTS, `popup-row-menu-${lang}.png`) });
    });
  });
}

test('J/K and the arrows move between actions, Enter runs the one in focus', async ({ session }) => {
  await seed(session);
  const popup = await openPopup(session);
  const mains = popup.getByTestId('row-main');
  const focused = () =>
    popup.evaluate(() =>
      [...document.querySelectorAll('.row-main')].indexOf(document.activeElement as Element),
    );
  // The first action has the focus as the popup opens: Enter alone would run it.
  await expect.poll(focused).toBe(0);
  await popup.keyboard.press('j');
  await expect.poll(focused).toBe(1);
  await popup.keyboard.press('j');
  await popup.keyboard.press('ArrowDown');
  await expect.poll(focused).toBe(3);
  await popup.keyboard.press('k');
  await popup.keyboard.press('ArrowUp');
  await expect.poll(focused).toBe(1);
  // Down to the first « Appeler » row, then Enter: its call panel opens with the number.
  const verbs = await mains.evaluateAll((b) => b.map((x) => x.getAttribute('data-verb')));
  const call = verbs.indexOf('call');
  expect(call).toBeGreaterThanOrEqual(0);
  await popup.keyboard.press('k');
  await popup.keyboard.press('k');
  for (let i = 0; i < call; i++) await popup.keyboard.press('j');
  await expect.poll(focused).toBe(call);
  await popup.keyboard.press('Enter');
  const row = popup.getByTestId('today-row').nth(call);
  await expect(row.getByTestId('call-panel')).toContainText('01 02 03 04 0');
  // Keys typed in a field stay the field's.
  await row.getByTestId('promise-date').focus();
  await popup.keyboard.press('j');
  await expect.poll(focused).toBe(-1);
});
