/**
 * Issue #20, « une page de facture qui s'explique », in the built extension (real Chromium, real
 * IndexedDB): one status line, the ladder in time relative to today (never « à venir » for a past
 * date), totals that add up with the unclaimed parts struck out and their reason, and a paid
 * invoice that shows its payment instead of penalties and warnings. The page's clock is pinned
 * (Friday 12 June 2026) so the figures hold any day.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, extensionPage, test } from './fixtures';
import { axeViolations, readStore, sendMessage } from './helpers';
import { importInvoices } from './law-helpers';

const NOW = new Date('2026-06-12T10:00:00');
const stated = { dueDate: true, penaltyRate: true, recoveryIndemnity: true };
const invoice = (number: string, extra: Record<string, unknown> = {}) => ({
  number,
  clientName: 'Agence Pixel SARL',
  clientEmail: 'compta@pixel.test',
  clientKind: 'pro',
  totalCents: 280_000,
  amountDueCents: 280_000,
  issueDate: '2026-03-01',
  dueDate: '2026-03-31', // 73 days before 12 June
  mentions: stated,
  ...extra,
});

async function add(page: Page, invoiceId: string, event: Record<string, unknown>) {
  const answer = await sendMessage(page, 'event/add', {
    event: { id: crypto.randomUUID(), invoiceId, createdAt: '2026-06-01T09:00:00.000Z', note: '', ...event },
  });
  expect(answer).toMatchObject({ ok: true });
}

/** « 2 800,00 € » → 280000. */
const cents = (text: string) => Math.round(Number(text.replace(/[^\d,]/g, '').replace(',', '.')) * 100);

test('the invoice page explains itself: status line, relative ladder, totals that add up, a paid invoice', async ({
  session,
}) => {
  test.setTimeout(120_000);
  const page = await session.context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.setViewportSize({ width: 1100, height: 900 });
  await extensionPage(session, page, 'dashboard.html#invoices');
  await importInvoices(page, [
    invoice('F-LATE'),
    invoice('F-NOTICE'),
    invoice('F-PAID'),
    invoice('F-PART', {
      clientName: 'Marie Martin',
      clientEmail: 'marie@martin.test',
      clientKind: 'particulier',
    }),
  ]);
  const ids = new Map(
    (await readStore<{ id: string; number: string }>(page, 'invoices')).map((r) => [r.number, r.id]),
  );
  const emailed = {
    type: 'reminder_sent',
    stepId: 'j7-email',
    channel: 'email',
    template: 'email.courteous',
  };
  await add(page, ids.get('F-LATE')!, { ...emailed, date: '2026-04-07' });
  await add(page, ids.get('F-NOTICE')!, { ...emailed, date: '2026-04-07' });
  await add(page, ids.get('F-NOTICE')!, {
    type: 'formal_notice_sent',
    stepId: 'j45-formal_notice',
    date: '2026-05-15',
  });
  await add(page, ids.get('F-PAID')!, { ...emailed, date: '2026-04-07' });
  await add(page, ids.get('F-PAID')!, { type: 'payment', amountCents: 280_000, date: '2026-05-05' });

  // 73 days late, the J+7 e-mail sent: one line says what to do today.
  await extensionPage(session, page, `dashboard.html#invoice/${ids.get('F-LATE')}`);
  const status = page.getByTestId('invoice-status');
  await expect(status).toHaveText('Appel à passer aujourd’hui — 73 jours de retard');
  await expect(status).toHaveAttribute('data-tone', 'act');
  await expect(page.getByTestId('invoice-page')).not.toContainText(/prochaine étape\s*:\s*prochaine étape/i);
  // The ladder counts from today; a planned day already past is never « à venir ».
  const whens = page.getByTestId('ladder-when');
  await expect(whens).toHaveText([
    'fait le 07/04 par e-mail',
    'en retard de 58 j',
    'après l’étape précédente',
    'après l’étape précédente',
    'après l’étape précédente',
  ]);
  await expect(page.getByTestId('ladder')).not.toContainText('à venir');
  // Before the formal notice, the penalties are struck out with the reason; the total is the principal.
  const parts = page.getByTestId('total-part');
  await expect(parts).toHaveCount(3);
  await expect(parts.nth(1)).toHaveAttribute('data-claimed', 'no');
  await expect(parts.nth(1)).toContainText(
    'Pas encore réclamés : le scénario les demande à partir de l’étape « mise en demeure » (J+45)',
  );
  await expect(parts.nth(1).locator('del')).toHaveCount(1);
  await expect(parts.nth(2).locator('del')).toHaveText(/40,00\s€/);
  await expect(page.getByTestId('penalty-claim')).toHaveText(/2\s800,00\s€/);
  await page.screenshot({ path: join(ARTIFACTS, 'invoice-page-late.png'), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  // After the formal notice: principal + interest + 40 € = total claimed, all on the page.
  await extensionPage(session, page, `dashboard.html#invoice/${ids.get('F-NOTICE')}`);
  await expect(page.getByTestId('ladder-when').nth(3)).toHaveText('fait le 15/05 par mise en demeure');
  await expect(parts.locator('del')).toHaveCount(0);
  const [principal, interest, indemnity] = await parts
    .locator('td')
    .evaluateAll((tds) => tds.map((td) => td.textContent ?? ''));
  expect(cents(principal!)).toBe(280_000);
  expect(cents(interest!)).toBeGreaterThan(0);
  expect(cents(indemnity!)).toBe(4000);
  const total = cents((await page.getByTestId('penalty-claim').textContent()) ?? '');
  expect(total).toBe(cents(principal!) + cents(interest!) + cents(indemnity!));
  await page.screenshot({ path: join(ARTIFACTS, 'invoice-page-notice.png'), fullPage: true });

  // A consumer: the 40 € is struck out (never owed), interest waits for the formal notice.
  await extensionPage(session, page, `dashboard.html#invoice/${ids.get('F-PART')}`);
  await expect(parts.nth(2)).toHaveAttribute('data-why', 'consumer-indemnity');
  await expect(parts.nth(2)).toContainText('le client est un particulier');
  await expect(parts.nth(1)).toHaveAttribute('data-why', 'consumer-interest');
  await expect(page.getByTestId('penalty-claim')).toHaveText(/2\s800,00\s€/);

  // Paid: the payment (date, amount, how recorded), no penalties, no warnings.
  await extensionPage(session, page, `dashboard.html#invoice/${ids.get('F-PAID')}`);
  await expect(status).toHaveText('Payée le 05/05');
  await expect(status).toHaveAttribute('data-tone', 'done');
  const payment = page.getByTestId('payment-line');
  await expect(payment).toHaveCount(1);
  await expect(payment).toContainText(/2\s800,00\s€ reçus le 05\/05/);
  await expect(payment).toContainText('enregistré à la main le 01/06');
  await expect(page.getByTestId('penalties')).toHaveCount(0);
  await expect(page.getByTestId('compliance')).toHaveCount(0);
  await expect(page.getByTestId('penalty-warning')).toHaveCount(0);
  await expect(page.getByTestId('ladder-step').first()).toHaveAttribute('data-state', 'done');
  await page.screenshot({ path: join(ARTIFACTS, 'invoice-page-paid.png'), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
});
