/**
 * Issue #14: an invoice paid late offers its late-payment charges — in the popup (under the
 * paid row) and on the dashboard's invoice page — and the invoice for them is downloaded and
 * read back with pdftotext. The clock of each page is pinned so the figures hold any day.
 * Figures: 1 500 € due 15/03/2026 at 10 % a year, paid 14/04/2026 (30 days late):
 * 1 500 × 10 % × 30 / 365 = 12,33 € (a published worked example), plus the 40 €.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, extensionPage, test } from './fixtures';
import { completeLetterParts, readStore, sendMessage } from './helpers';
import { importInvoices, savedPdfText } from './law-helpers';

const NOW = new Date('2026-12-01T10:00:00');

async function generate(page: Page, scope: ReturnType<Page['getByTestId']>, number: string) {
  await scope.getByTestId('late-charges-number').fill(number);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByTestId('late-charges-pdf').click(),
  ]);
  return file;
}

test('an invoice paid late: the late-charges invoice from the popup and from the invoice page', async ({
  session,
}) => {
  const setup = await session.context.newPage();
  await extensionPage(session, setup, 'dashboard.html#invoices');
  await importInvoices(setup, [
    {
      number: 'F-2026-050',
      clientName: 'Atelier Nova SARL',
      clientEmail: 'compta@nova.test',
      clientKind: 'pro',
      totalCents: 150_000,
      amountDueCents: 150_000,
      issueDate: '2026-02-13',
      dueDate: '2026-03-15',
      contractualRate: { kind: 'fixed', percent: 10 },
      mentions: { dueDate: true, penaltyRate: true, recoveryIndemnity: true },
    },
    {
      number: 'F-2026-051',
      clientName: 'Atelier Nova SARL',
      clientEmail: 'compta@nova.test',
      clientKind: 'pro',
      totalCents: 90_000,
      amountDueCents: 90_000,
      issueDate: '2026-02-13',
      dueDate: '2026-03-15',
    },
  ]);
  const ids = new Map(
    (await readStore<{ id: string; number: string }>(setup, 'invoices')).map((r) => [r.number, r.id]),
  );
  for (const [number, date, cents] of [
    ['F-2026-050', '2026-04-14', 150_000],
    ['F-2026-051', '2026-03-10', 90_000], // paid before its due date: nothing to claim
  ] as const) {
    const answer = await sendMessage(setup, 'event/add', {
      event: {
        id: crypto.randomUUID(),
        invoiceId: ids.get(number),
        createdAt: new Date().toISOString(),
        note: '',
        type: 'payment',
        amountCents: cents,
        date,
      },
    });
    expect(answer).toMatchObject({ ok: true });
  }

  // An invoice names both parties with their addresses (C. com. L441-9; issue #20): the invoice
  // page asks for them once, on the spot, before any PDF.
  await setup.clock.setFixedTime(NOW);
  await extensionPage(session, setup, `dashboard.html#invoice/${ids.get('F-2026-050')}`);
  await expect(setup.getByTestId('late-charges-pdf')).toBeDisabled();
  await completeLetterParts(setup.getByTestId('late-charges'));
  await expect(setup.getByTestId('late-charges-pdf')).toBeEnabled();

  // The invoice's page (the popup lists today's actions only, issue #20): the paid invoice opens
  // on what the delay made due.
  const popup = await session.context.newPage();
  await popup.clock.setFixedTime(NOW);
  await extensionPage(session, popup, `dashboard.html#invoice/${ids.get('F-2026-050')}`);
  const panel = popup.getByTestId('late-charges');
  await expect(panel).toContainText('Payée le 14/04/2026, 30 jours après l’échéance');
  await expect(panel.getByTestId('late-charges-amounts')).toContainText(/intérêts de retard : 12,33\s€/);
  await expect(panel.getByTestId('late-charges-amounts')).toContainText(/recouvrement : 40,00\s€/);
  const file = await generate(popup, panel, 'F-2026-101');
  expect(file.suggestedFilename()).toMatch(/^Facture-penalites_F-2026-050_.*\.pdf$/);
  // The e-mail that goes with it names the new invoice and the amounts.
  const mail = new URL((await panel.getByTestId('late-charges-mail').getAttribute('href')) ?? '');
  expect(mail.host).toBe('mail.google.com');
  expect(mail.searchParams.get('to')).toBe('compta@nova.test');
  expect(mail.searchParams.get('su')).toBe('Pénalités de retard — facture F-2026-050');
  expect(mail.searchParams.get('body')).toMatch(/des intérêts de retard de 12,33\s€ et l’indemnité/);
  expect(mail.searchParams.get('body')).toContain('la facture F-2026-101 correspondante');
  await popup.screenshot({ path: join(ARTIFACTS, 'law-late-charges-popup.png'), fullPage: true });

  const text = await savedPdfText(file, 'law-late-charges-popup.pdf');
  expect(text).toContain('Facture n° F-2026-101 — pénalités de retard');
  expect(text).toContain('F-2026-050 — échue le 15/03/2026, payée le 14/04/2026');
  expect(text).toContain('du 16/03/2026 au 14/04/2026, 30 j. × 10,00 % × 1 500,00 €');
  expect(text).toContain('12,33 €');
  expect(text).toContain('Indemnité forfaitaire pour frais de recouvrement');
  expect(text).toContain('Total à payer 52,33 €');
  expect(text).toContain('hors du champ de la TVA');

  // The dashboard's invoice page of the same invoice offers the same document.
  const dash = await session.context.newPage();
  await dash.clock.setFixedTime(NOW);
  await extensionPage(session, dash, `dashboard.html#invoice/${ids.get('F-2026-050')}`);
  const onPage = dash.getByTestId('late-charges');
  await expect(onPage.getByTestId('late-charges-amounts')).toContainText(/12,33\s€/);
  const again = await generate(dash, onPage, 'F-2026-102');
  const pageText = await savedPdfText(again, 'law-late-charges-dashboard.pdf');
  expect(pageText).toContain('Facture n° F-2026-102 — pénalités de retard');
  expect(pageText).toContain('Total à payer 52,33 €');
  await dash.screenshot({ path: join(ARTIFACTS, 'law-late-charges-dashboard.png'), fullPage: true });

  // The invoice paid in time shows no late-charges panel on its page.
  await extensionPage(session, dash, `dashboard.html#invoice/${ids.get('F-2026-051')}`);
  await expect(dash.getByTestId('invoice-page')).toBeVisible();
  await expect(dash.getByTestId('late-charges')).toHaveCount(0);
});
