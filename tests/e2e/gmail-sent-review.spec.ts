/**
 * Issue #19, « Bring in the past months from Gmail »: from the Sent list, the bar proposes the
 * threads that look like invoices; the review page tracks the chosen ones in one pass, each
 * with its « Où en êtes-vous ? » answer (pre-filled from the user's own reminder in the thread).
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, extensionPage, test } from './fixtures';
import { GMAIL, serveGmail } from './gmail-sim';
import { readStore } from './helpers';

const ID = {
  facturePdf: '18c1a2b3c4d5e6f1',
  factureCorps: '18c1a2b3c4d5e6f2',
  virement: '18c1a2b3c4d5e6f3',
  hostile: '18c1a2b3c4d5e6f6',
  invoiceEn: '18c1a2b3c4d5e6f7',
  relancee: '18c1a2b3c4d5e6fb',
  compteRendu: '18c1a2b3c4d5e6fc',
};

const row = (page: Page, threadId: string) =>
  page.locator(`[data-testid=review-row][data-thread="${threadId}"]`);

test('Sent list: three invoice threads tracked in one pass, a report and a paid invoice not proposed', async ({
  session,
}) => {
  serveGmail(session);
  const gmail = await session.context.newPage();
  const logged: string[] = [];
  gmail.on('pageerror', (e) => logged.push(e.message));
  await gmail.goto(`${GMAIL}?hl=fr#sent`);
  // Seven invoices: not the workshop report, not the invoice the client says is paid.
  const bar = gmail.locator('echeance-sent');
  await expect(bar).toContainText('7 factures repérées dans vos e-mails envoyés');
  await gmail.screenshot({ path: join(ARTIFACTS, 'gmail-sent-bar-fr.png') });

  const [review] = await Promise.all([
    session.context.waitForEvent('page'),
    gmail.getByTestId('sent-review-open').click(),
  ]);
  await review.waitForLoadState();
  await expect(review.getByTestId('review-row')).toHaveCount(7);
  for (const absent of [ID.compteRendu, ID.virement]) await expect(row(review, absent)).toHaveCount(0);

  // What the list showed, proposed; nothing invented.
  const pdf = row(review, ID.facturePdf);
  await expect(pdf.getByTestId('review-number')).toHaveValue('F-2026-001');
  await expect(pdf.getByTestId('review-amount')).toHaveValue('1500,00');
  await expect(pdf.getByTestId('review-check')).toBeChecked();
  await expect(pdf.getByTestId('review-reached')).toHaveValue('nothing');
  const en = row(review, ID.invoiceEn);
  await expect(en.getByTestId('review-due')).toHaveValue('2026-03-31');
  // The user's own reminder, the latest message of the thread, pre-fills « Où en êtes-vous ? ».
  const reminded = row(review, ID.relancee);
  await expect(reminded.getByTestId('review-reached')).toHaveValue('email');
  await expect(reminded.getByTestId('review-on')).toHaveValue('2026-02-18');
  await expect(reminded.getByTestId('review-from-thread')).toHaveText(
    'D’après le fil : votre dernier message, le 18/02/2026.',
  );
  await expect(reminded.getByTestId('review-amount')).toHaveValue('1800,00');
  await expect(reminded.getByTestId('review-due')).toHaveValue('');
  await expect(reminded.getByTestId('review-check')).not.toBeChecked();
  // Hostile subjects and names are text.
  await expect(row(review, ID.hostile)).toContainText('<script>alert("subject")</script>');
  await expect(review.locator('main img, main script, main svg')).toHaveCount(0);
  await review.screenshot({ path: join(ARTIFACTS, 'gmail-sent-review-fr.png'), fullPage: true });

  // Choose three: the first invoice, the English one, and the reminded one (its due date typed).
  await row(review, ID.factureCorps).getByTestId('review-check').uncheck();
  await reminded.getByTestId('review-check').check();
  await expect(review.getByTestId('review-submit')).toHaveText('Suivre les 3 factures');
  await review.getByTestId('review-submit').click();
  // The reminded invoice lacks its due date: named, nothing written.
  await expect(review.getByTestId('review-problems')).toContainText(
    'Ligne 4 (F-2026-008) : la date d’échéance.',
  );
  await expect(reminded.getByTestId('review-due')).toHaveAttribute('aria-invalid', 'true');
  await review.screenshot({ path: join(ARTIFACTS, 'gmail-sent-review-problem-fr.png'), fullPage: true });
  expect(await readStore(review, 'invoices')).toEqual([]);

  await reminded.getByTestId('review-due').fill('2026-02-11');
  await review.getByTestId('review-submit').click();
  await expect(review.getByTestId('review-done')).toHaveText('3 factures suivies.');

  const invoices = await readStore<{
    number: string;
    totalCents: number;
    currency: string;
    dueDate: string;
    origin: { kind: string; threadId: string; account: number };
  }>(review, 'invoices');
  expect(
    invoices
      .map((i) => [i.number, i.totalCents, i.currency, i.dueDate, i.origin.kind, i.origin.threadId])
      .sort(),
  ).toEqual([
    ['F-2026-001', 150_000, 'EUR', '2026-03-15', 'gmail', ID.facturePdf],
    ['F-2026-008', 180_000, 'EUR', '2026-02-11', 'gmail', ID.relancee],
    ['INV-1042', 125_000, 'GBP', '2026-03-31', 'gmail', ID.invoiceEn],
  ]);

  // The dashboard lists them.
  const dashboard = await session.context.newPage();
  await extensionPage(session, dashboard, 'dashboard.html#invoices');
  await expect(dashboard.getByTestId('invoice-row')).toHaveCount(3);
  const numbers = await dashboard
    .getByTestId('invoice-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number') ?? ''));
  expect(numbers.sort()).toEqual(['F-2026-001', 'F-2026-008', 'INV-1042']);

  // Back in Gmail, the tracked ones are no longer proposed.
  await gmail.reload();
  await expect(gmail.locator('echeance-sent')).toContainText('4 factures repérées dans vos e-mails envoyés');
  expect(logged).toEqual([]);
});

test('English Gmail: the bar speaks English and a search for sent invoices proposes the same', async ({
  session,
}) => {
  serveGmail(session);
  const gmail = await session.context.newPage();
  await gmail.goto(`${GMAIL}?hl=en#search/facture`);
  // The search also lists the invoice the user received (Free Mobile): not theirs, not proposed;
  // and the invoice kept only in « Tous les messages » (F-2026-005), which Sent does not list.
  await expect(gmail.locator('echeance-sent')).toContainText('7 invoices spotted in your sent emails');
  await gmail.screenshot({ path: join(ARTIFACTS, 'gmail-sent-bar-en.png') });
  const [review] = await Promise.all([
    session.context.waitForEvent('page'),
    gmail.getByTestId('sent-review-open').click(),
  ]);
  await review.waitForLoadState();
  await expect(review.getByTestId('review-row')).toHaveCount(7);
  await expect(review.locator('[data-thread="18c1a2b3c4d5e6f9"]')).toHaveCount(1);
  await expect(review.locator('[data-thread="18c1a2b3c4d5e6f8"]')).toHaveCount(0);
  await expect(review.getByRole('heading', { level: 1 })).toHaveText('Invoices spotted in your sent emails');
  await expect(review.getByTestId('review-submit')).toHaveText(/^Track the \d invoices$/);
});
