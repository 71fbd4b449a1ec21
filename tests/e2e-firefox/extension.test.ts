/**
 * The built Firefox extension in Debian's Firefox ESR (tests/e2e-firefox/firefox.ts): it loads
 * and its background answers; a CSV imported through the dashboard shows in the popup; on the
 * Gmail simulator the card appears, « Suivre » tracks and « Relancer » writes the reply; a real
 * alarm wakes the background, which shows and logs the digest notification.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { GMAIL, serveGmail, THREAD } from '../e2e/gmail-sim';
import { CSV_HEADER, day, todayIsWorkingDay } from '../e2e/helpers';
import {
  ARTIFACTS,
  chooseFrench,
  launch,
  openExtensionPage,
  readStore,
  type Session,
  sendMessage,
  texts,
  waitFor,
} from './firefox';

const CSV = resolve(import.meta.dirname, '../fixtures/csv/twenty-invoices-three-bad.csv');

let session: Session;

beforeEach(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  session = await launch();
});

afterEach(async () => {
  await session?.close().catch(() => {});
  expect(session.leaks, 'no request may leave the browser').toEqual([]);
});

test('the extension loads in Firefox and its background answers a protocol ping', async () => {
  const page = await session.newPage();
  await openExtensionPage(page, 'popup.html');
  expect(await sendMessage(page, 'ping', {})).toMatchObject({ ok: true, data: { pong: true } });
  await page.waitForSelector('[data-testid=popup-empty]');
});

test('a CSV imported through the dashboard shows in the popup', async () => {
  const page = await session.newPage();
  await openExtensionPage(page, 'dashboard.html#invoices');
  await chooseFrench(page);
  // Opened again rather than reloaded: automation may not navigate moz-extension:// pages.
  await openExtensionPage(page, 'dashboard.html#invoices');
  const input = (await page.waitForSelector(
    'input[data-testid=csv-input]',
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(CSV);
  await page.waitForSelector('[data-testid=import-summary]');
  expect(await texts(page, '[data-testid=import-summary]')).toEqual([
    '17 lignes prêtes à importer, 3 lignes en erreur',
  ]);
  await page.click('[data-testid=import-confirm]');
  await page.waitForSelector('[data-testid=import-done]');
  expect((await texts(page, '[data-testid=import-done]'))[0]).toContain('17 factures importées.');

  // The invoices are listed on the dashboard; the popup shows today's actions (issue #20).
  await openExtensionPage(page, 'dashboard.html#invoices');
  await page.waitForSelector('[data-testid=invoice-row]');
  const numbers = await page.$$eval('[data-testid=invoice-row]', (rows) =>
    rows.map((r) => r.getAttribute('data-number') ?? ''),
  );
  expect(numbers).toHaveLength(17);
  expect(numbers).not.toContain('F-2026-005');
  const row = await page.$$eval(
    '[data-testid=invoice-row]',
    (rows) => rows.find((r) => r.getAttribute('data-number') === 'F-2026-002')?.textContent ?? '',
  );
  expect(row).toMatch(/1\s024,50/);
  await page.screenshot({ path: join(ARTIFACTS, 'firefox-invoices-list-fr.png') });
  await page.setViewport({ width: 560, height: 600 });
  await openExtensionPage(page, 'popup.html');
  await page.waitForSelector('[data-testid=today-list], [data-testid=today-empty]');
  await page.screenshot({ path: join(ARTIFACTS, 'firefox-popup-list-fr.png') });
});

/**
 * Clicks the first element matching `selector` (shadow roots included) whose text is `text`.
 * The card re-renders when the PDF's values arrive, so a button found just before may be gone:
 * then it is looked up again.
 */
async function clickText(page: Page, selector: string, text: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await clickTextOnce(page, selector, text);
    } catch (e) {
      if (attempt >= 3 || !String(e).includes('detached')) throw e;
    }
  }
}

async function clickTextOnce(page: Page, selector: string, text: string): Promise<void> {
  const handle = await page.waitForFunction(
    (sel, want) => {
      // Our card and button live in open shadow roots inside Gmail's page.
      const all = (root: Document | ShadowRoot): Element[] => [
        ...root.querySelectorAll(sel),
        ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? all(e.shadowRoot) : [])),
      ];
      return all(document).find((e) => e.textContent?.trim() === want) ?? null;
    },
    {},
    selector,
    text,
  );
  await (handle as ElementHandle<Element>).click();
}

async function cardText(page: Page, testId: string, wanted: (text: string) => boolean): Promise<string> {
  return waitFor(async () => (await texts(page, `[data-testid=${testId}]`)).join(' | '), wanted);
}

/**
 * Serves the Gmail simulator (the PDFs in `pdfs` replace some threads' attachments), chooses
 * French, and opens `route` in Gmail; `ext` stays open on the popup to read the database.
 */
async function openGmail(
  route: string,
  pdfs: Record<string, string> = {},
): Promise<{ ext: Page; page: Page }> {
  serveGmail(session, pdfs);
  const ext = await session.newPage();
  await openExtensionPage(ext, 'popup.html');
  await chooseFrench(ext);
  const page = await session.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${GMAIL}?hl=fr#${route}`);
  return { ext, page };
}

test('Gmail in Firefox: the card appears, « Suivre » tracks, « Relancer » writes the reply and Send records it', async () => {
  const { ext, page } = await openGmail(`sent/${THREAD.facturePdf}`);
  expect(await cardText(page, 'card-summary', (t) => t !== '')).toBe(
    'Facture F-2026-001 · 1 500,00 € · échéance 15/03/2026',
  );
  await page.screenshot({ path: join(ARTIFACTS, 'firefox-gmail-card-fr.png') });
  await clickText(page, 'button', 'Suivre');
  // The form is complete once the attached PDF was read (its « trois fois le taux d'intérêt
  // légal » pre-fills the rate): the card no longer moves under the pointer.
  await page.waitForSelector('pierce/select[name=track-rate-kind]');
  await waitFor(
    () => page.$eval('pierce/select[name=track-rate-kind]', (s) => (s as HTMLSelectElement).value),
    (kind) => kind === 'legal-multiple',
  );
  await clickText(page, '[data-testid=track-form] button', 'Suivre la facture');
  const status = await cardText(page, 'card-status', (t) => t.includes('relance ferme (J+7)'));
  expect(status).toContain('En retard de');
  await page.screenshot({ path: join(ARTIFACTS, 'firefox-gmail-card-tracked-fr.png') });

  await clickText(page, 'button', 'Relancer');
  const body = await waitFor(
    () => page.evaluate(() => document.querySelector('.M9 [g_editable=true]')?.textContent ?? ''),
    (t) => t.includes('F-2026-001'),
  );
  expect(body).toMatch(/1\s500,00\s€/);
  expect(body).toContain('15/03/2026');
  await page.screenshot({ path: join(ARTIFACTS, 'firefox-gmail-reply-fr.png') });
  // The reply's Send sits below the fold, inside Gmail's own scrolling pane, which puppeteer's
  // click does not scroll in Firefox: brought into view first, as the user would scroll to it.
  const send = '.M9 div.T-I.T-I-atl[role=button]';
  await page.$eval(send, (button) => button.scrollIntoView({ block: 'center' }));
  await page.click(send);
  const sent = await waitFor(
    () =>
      page.evaluate(
        () => (window as unknown as { __sent?: { threadId: string; to: string[] }[] }).__sent ?? [],
      ),
    (s) => s.length === 1,
  );
  expect(sent[0]).toMatchObject({ threadId: '18c1a2b3c4d5e6f1', to: ['compta@acme.test'] });

  // Send is recorded once Gmail shows the message sent (core/sites/gmail/send-watch.ts); the card
  // then offers « Annuler » for it. Watched on the Gmail page itself: polling the database from
  // the other tab meanwhile slowed Firefox's settling past any reasonable wait.
  const undo = await cardText(page, 'card-undo', (t) => t.includes('Relance enregistrée'));
  expect(undo).toMatch(/^Relance enregistrée · F-2026-001 ?Annuler \(\d+ s\)$/);
  await page.screenshot({ path: join(ARTIFACTS, 'firefox-gmail-recorded-undo-fr.png') });
  const events = (await readStore<{ type: string; stepId: string }>(ext, 'events')).map((e) => [
    e.type,
    e.stepId,
  ]);
  expect(events).toEqual([['reminder_sent', 'j7-email']]);
  // The PDF came through the preview link (no download_url in Firefox) and was kept.
  const files = await readStore<{ name: string; base64: string }>(ext, 'files');
  expect(files.map((f) => [f.name, Buffer.from(f.base64, 'base64').subarray(0, 5).toString()])).toEqual([
    ['Facture-F-2026-001.pdf', '%PDF-'],
  ]);
});

test('Gmail in Firefox: the attached PDF is read in the background page (no offscreen API)', async () => {
  const { page } = await openGmail(`all/${THREAD.pdfOnly}`);
  // The email says only « ci-joint ma facture »: the amount and due date come from the PDF.
  expect(await cardText(page, 'card-summary', (t) => t.includes('€'))).toBe(
    'Facture F-2026-005 · 1 200,00 € · échéance 04/03/2026',
  );
});

test('Gmail in Firefox: an attachment that cannot be fetched leaves the email’s values and says so', async () => {
  // Gmail answers a page instead of the PDF (an expired session, say): nothing is read or kept.
  const { page } = await openGmail(`sent/${THREAD.facturePdf}`, {
    '18c1a2b3c4d5e6f1': resolve(import.meta.dirname, '../fixtures/gmail/unknown.html'),
  });
  expect(await cardText(page, 'card-notice', (t) => t !== '')).toBe(
    'PDF joint non lu dans ce navigateur : les valeurs viennent de l’e-mail, vérifiez-les.',
  );
  expect(await cardText(page, 'card-summary', (t) => t !== '')).toBe(
    'Facture F-2026-001 · 1 500,00 € · échéance 15/03/2026',
  );
  await page.screenshot({ path: join(ARTIFACTS, 'firefox-gmail-pdf-unread-fr.png') });
});

test('Firefox: a real alarm wakes the background, which shows the digest notification and logs it once', async () => {
  const csv = join(ARTIFACTS, 'firefox-alarm.csv');
  writeFileSync(
    csv,
    [
      CSV_HEADER,
      `A-10;Atelier Lune;compta@lune.test;1 000,00;${day(-40)};${day(-10)};pro;`,
      `B-20;Boulangerie Soleil;contact@soleil.test;2 000,00;${day(-50)};${day(-20)};pro;`,
      `D+10;Delta SARL;dg@delta.test;500,00;${day(-20)};${day(10)};pro;`,
    ].join('\n'),
  );
  const page = await session.newPage();
  await openExtensionPage(page, 'dashboard.html#invoices');
  const settings = (await readStore<{ value: object }>(page, 'settings'))[0]?.value ?? {};
  // Every day from midnight, so that the digest is due whenever the suite runs.
  const notifications = { hour: 0, minute: 0, days: [0, 1, 2, 3, 4, 5, 6], digest: true, highStakes: true };
  expect(
    await sendMessage(page, 'settings/save', { settings: { ...settings, language: 'fr', notifications } }),
  ).toMatchObject({ ok: true });
  await openExtensionPage(page, 'dashboard.html#invoices');
  const input = (await page.waitForSelector(
    'input[data-testid=csv-input]',
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(csv);
  await page.waitForSelector('[data-testid=import-summary]');
  await page.click('[data-testid=import-confirm]');
  await page.waitForSelector('[data-testid=import-done]');

  // The background schedules its alarms itself; the test only brings the digest forward.
  const names = await waitFor(
    () =>
      page.evaluate(async () =>
        // biome-ignore lint/suspicious/noExplicitAny: the page's own extension API, untyped here.
        ((await (globalThis as any).browser.alarms.getAll()) as { name: string }[]).map((a) => a.name).sort(),
      ),
    (n) => n.includes('digest') && n.includes('midnight'),
  );
  expect(names).toEqual(expect.arrayContaining(['digest', 'midnight']));
  // Headless Firefox has no alert service: a notification is created, then closed at once.
  // Its events reach every page of the extension, so this one hears the background's.
  await page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the page's own extension API, untyped here.
    const w = globalThis as any;
    w.__notified = [];
    w.browser.notifications.onClosed.addListener((id: string) => w.__notified.push(id));
    w.browser.alarms.create('digest', { when: Date.now() + 1500 });
  });

  const today = day(0);
  const log = await waitFor(
    () => readStore<{ id: string; title: string }>(page, 'notificationLog'),
    (rows) => rows.some((r) => r.id === `digest|${today}`),
    30_000,
  );
  const digest = log.find((r) => r.id === `digest|${today}`)!;
  // A-10 and B-20 are due (their first e-mail), D+10 is not; on a Sunday or a holiday the
  // ladder rests and the digest says what waits instead.
  if (todayIsWorkingDay()) expect(digest.title).toBe('2 relances à faire aujourd’hui — 3\u202f000,00\u00a0€');
  const notified = await waitFor(
    // biome-ignore lint/suspicious/noExplicitAny: set above.
    () => page.evaluate(() => (globalThis as any).__notified as string[]),
    (ids) => ids.length > 0,
  );
  expect(notified).toEqual([`digest|${today}`]);

  // A second alarm the same day shows nothing new: the log keeps the digest once.
  await page.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: the page's own extension API, untyped here.
    (globalThis as any).browser.alarms.create('digest', { when: Date.now() + 500 }),
  );
  await new Promise((r) => setTimeout(r, 3000));
  const again = await readStore<{ id: string }>(page, 'notificationLog');
  expect(again.filter((r) => r.id === `digest|${today}`)).toHaveLength(1);
  // biome-ignore lint/suspicious/noExplicitAny: set above.
  expect(await page.evaluate(() => (globalThis as any).__notified)).toEqual([`digest|${today}`]);
});
