/**
 * Issue #20, « every send recorded »: a reminder Échéance opens as a new Gmail message is
 * followed by the Gmail page and recorded once Gmail really sent it (after its Undo period),
 * with nothing to confirm; Outlook on the web leaves « À confirmer » in the popup and the
 * dashboard, kept across a closed popup and a browser restart; the formal notice e-mail written
 * in Gmail carries the invoice PDF, dropped into Gmail's compose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../core/model';
import { ARTIFACTS, expect, extensionPage, launch, type Session, test } from './fixtures';
import { attachmentPdf, serveGmail } from './gmail-sim';
import {
  CSV_HEADER,
  day,
  importCsvText,
  openRowAction,
  readStore,
  sendMessage,
  trackFacturePdfInGmail,
} from './helpers';

interface Sent {
  to: string[];
  subject: string;
  body: string;
  kind: string;
  attachments: { name: string; size: number; type: string; base64: string | null }[];
}

const CSV = `${CSV_HEADER}\nE-10;Atelier Lune;compta@lune.test;1 000,00;${day(-40)};${day(-10)};pro;`;

const stepsOf = async (page: Page) =>
  (await readStore<{ type: string; stepId: string }>(page, 'events')).map((e) => [e.type, e.stepId]);

async function openPopup(session: Session): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 560, height: 600 });
  await extensionPage(session, popup, 'popup.html');
  return popup;
}

/** « Rédiger la relance » on a row of the popup; the tab it opens. */
async function compose(session: Session, popup: Page, number: string): Promise<Page> {
  const row = popup.getByTestId('today-row').filter({ hasText: number });
  const [tab] = await Promise.all([
    session.context.waitForEvent('page'),
    openRowAction(row, 'remind', 'act-compose'),
  ]);
  return tab;
}

async function setTarget(page: Page, mailTarget: 'gmail' | 'outlook') {
  await sendMessage(page, 'settings/save', { settings: { ...DEFAULT_SETTINGS, mailTarget } });
}

test('a reminder for a CSV invoice opens a Gmail compose; sent after the Undo period, it is recorded with nothing to confirm', async ({
  session,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await importCsvText(session, page, CSV, 1);
  const popup = await openPopup(session);
  const gmail = await compose(session, popup, 'E-10');
  await expect(gmail).toHaveURL(
    /^https:\/\/mail\.google\.com\/mail\/u\/0\/\?view=cm&fs=1&to=compta%40lune\.test/,
  );
  // Gmail's new-message window, filled from the URL; nothing is asked in the popup.
  const editor = gmail.locator('.dw .M9 [g_editable=true]');
  await expect(editor).toContainText('E-10');
  await expect(popup.getByTestId('act-composed-yes')).toHaveCount(0);
  // The page recognised it: Send is watched (the background kept the compose to follow).
  await expect
    .poll(
      async () =>
        (await readStore<{ key: string; value: unknown[] }>(page, 'meta')).find(
          (r) => r.key === 'gmail-opened-composes',
        )?.value.length,
    )
    .toBe(1);
  await gmail.waitForTimeout(600);
  await gmail.screenshot({ path: join(ARTIFACTS, 'sends-gmail-new-compose.png') });
  await gmail.locator('.dw .M9 div.T-I.T-I-atl[role=button]').click();
  // During Gmail's Undo period (5 s) nothing is recorded.
  await expect(gmail.locator('div.b8[role=alert]')).toContainText('Message envoyé');
  expect(await stepsOf(page)).toEqual([]);
  await expect
    .poll(() => gmail.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent))
    .toEqual([expect.objectContaining({ kind: 'new', to: ['compta@lune.test'] })]);
  await expect.poll(() => stepsOf(page), { timeout: 15_000 }).toEqual([['reminder_sent', 'j7-email']]);
  // Nothing left to confirm, nothing left to follow.
  const meta = await readStore<{ key: string; value: unknown[] }>(page, 'meta');
  expect(meta.find((r) => r.key === 'pending-confirmations')?.value ?? []).toEqual([]);
  expect(meta.find((r) => r.key === 'gmail-opened-composes')?.value).toEqual([]);
  const again = await openPopup(session);
  await expect(again.getByTestId('today-row').filter({ hasText: 'E-10' })).toHaveCount(0);
  await expect(again.getByTestId('pending-confirms')).toHaveCount(0);
});

test('Outlook leaves « À confirmer », kept after the popup closes and the browser restarts, until « Oui »', async ({
  session,
  profileDir,
}) => {
  const opened: string[] = [];
  session.hosts.set('https://outlook.office.com/', (url) => {
    opened.push(url.href);
    return { body: '<!doctype html><title>Outlook</title><p>Outlook</p>', contentType: 'text/html' };
  });
  const page = await session.context.newPage();
  await importCsvText(session, page, CSV, 1);
  await setTarget(page, 'outlook');
  const popup = await openPopup(session);
  await compose(session, popup, 'E-10');
  await expect.poll(() => opened.length).toBe(1);
  expect(new URL(opened[0]!).searchParams.get('subject')).toContain('E-10');
  // Chrome closes the popup when a tab opens: the question must outlive it.
  await popup.close();
  const reopened = await openPopup(session);
  const question = reopened.getByTestId('pending-confirm');
  await expect(question).toContainText(
    'À confirmer : relance à Atelier Lune ouverte aujourd’hui — envoyée ?',
  );
  await expect(question).toContainText('Ouverte dans Outlook sur le web. Factures : E-10.');
  // The invoice's own row says it too, so the reminder is not written a second time.
  await expect(reopened.getByTestId('today-row').filter({ hasText: 'E-10' })).toContainText(
    'à confirmer : relance ouverte le',
  );
  await reopened.screenshot({ path: join(ARTIFACTS, 'sends-popup-confirm-fr.png') });
  await session.close();

  // The browser restarts on the same profile, the next day.
  const next = await launch(profileDir, session.hosts);
  try {
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const popup2 = await next.context.newPage();
    await popup2.clock.setFixedTime(tomorrow);
    await popup2.setViewportSize({ width: 560, height: 600 });
    await extensionPage(next, popup2, 'popup.html');
    await expect(popup2.getByTestId('pending-confirm')).toContainText(
      'À confirmer : relance à Atelier Lune ouverte hier — envoyée ?',
    );
    await popup2.screenshot({ path: join(ARTIFACTS, 'sends-popup-confirm-restart-fr.png') });
    // The dashboard asks too.
    const dash = await next.context.newPage();
    await extensionPage(next, dash, 'dashboard.html#today');
    await expect(dash.getByTestId('pending-confirm')).toContainText('relance à Atelier Lune');
    await dash.screenshot({ path: join(ARTIFACTS, 'sends-dashboard-confirm-fr.png') });
    expect(await stepsOf(dash)).toEqual([]);
    await popup2.getByTestId('pending-yes').click();
    await expect.poll(() => stepsOf(dash)).toEqual([['reminder_sent', 'j7-email']]);
    await expect(popup2.getByTestId('pending-confirms')).toHaveCount(0);
    await expect(dash.getByTestId('pending-confirms')).toHaveCount(0);
  } finally {
    await next.close();
    expect(next.leaks).toEqual([]);
  }
});

test('the formal notice e-mail written in Gmail carries the invoice PDF, dropped into the compose', async ({
  session,
}) => {
  await trackFacturePdfInGmail(session);
  const page = await session.context.newPage();
  await extensionPage(session, page, 'dashboard.html');
  const [invoice] = await readStore<{ id: string; fileId: string | null }>(page, 'invoices');
  expect(invoice?.fileId).not.toBeNull();
  // The e-mail, the call and the registered letter are done: the formal notice is due.
  for (const e of [
    {
      type: 'reminder_sent',
      stepId: 'j7-email',
      channel: 'email',
      template: 'email.courteous',
      date: day(-43),
    },
    { type: 'call', stepId: 'j15-phone', outcome: 'no_answer', date: day(-35) },
    { type: 'letter_sent', stepId: 'j30-registered_letter', registered: true, date: day(-20) },
  ]) {
    const event = {
      id: crypto.randomUUID(),
      invoiceId: invoice!.id,
      createdAt: new Date().toISOString(),
      note: '',
      ...e,
    };
    await sendMessage(page, 'event/add', { event });
  }
  const popup = await openPopup(session);
  const thread = await compose(session, popup, 'F-2026-001');
  const reply = thread.locator('.M9').first();
  await expect(reply.locator('[g_editable=true]')).toContainText(
    'je vous mets en demeure de payer la facture F-2026-001',
  );
  const chip = reply.locator('.sim-att[data-name="Facture-F-2026-001.pdf"]');
  await expect(chip).toBeVisible();
  // Dropped on Gmail's attachment zone, shown over the compose while the drag is on it (as InboxSDK does).
  await expect(chip).toHaveAttribute('data-via', 'zone');
  await expect(thread.locator('body > .aC7')).toHaveCount(0);
  await chip.scrollIntoViewIfNeeded();
  await thread.screenshot({ path: join(ARTIFACTS, 'sends-gmail-formal-notice-pdf.png') });
  await reply.locator('div.T-I.T-I-atl[role=button]').click();
  await expect
    .poll(() => thread.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent.length), {
      timeout: 15_000,
    })
    .toBe(1);
  const [sent] = await thread.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent);
  expect(sent?.attachments.map((a) => [a.name, a.type])).toEqual([
    ['Facture-F-2026-001.pdf', 'application/pdf'],
  ]);
  // The very bytes of the PDF the thread attached, kept when the invoice was tracked.
  const pdf = attachmentPdf('18c1a2b3c4d5e6f1');
  expect(sent?.attachments[0]?.size).toBe(pdf.length);
  expect(Buffer.from(sent?.attachments[0]?.base64 ?? '', 'base64').equals(pdf)).toBe(true);
  await expect
    .poll(
      async () =>
        (await stepsOf(page))
          .filter(([type]) => type === 'reminder_sent')
          .map(([, s]) => s)
          .sort(),
      {
        timeout: 15_000,
      },
    )
    .toEqual(['j45-formal_notice', 'j7-email']);
});

test('a new Gmail message for an invoice imported from its PDF carries the PDF; turned off, it does not', async ({
  session,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await extensionPage(session, page, 'dashboard.html');
  const pdf = readFileSync(join(import.meta.dirname, '../fixtures/extract/pdf/fr-micro-entrepreneur.pdf'));
  const item = (number: string) => ({
    number,
    clientName: 'Atelier Lune',
    clientEmail: 'compta@lune.test',
    clientKind: 'pro',
    totalCents: 100_000,
    amountDueCents: 100_000,
    issueDate: day(-40),
    dueDate: day(-10),
    currency: 'EUR',
    file: { name: `${number}.pdf`, mime: 'application/pdf', base64: pdf.toString('base64') },
  });
  const answer = await sendMessage(page, 'invoices/import', {
    origin: { kind: 'pdf', fileName: 'P-1.pdf' },
    items: [item('P-1')],
  });
  expect(answer, JSON.stringify(answer).slice(0, 500)).toMatchObject({ ok: true, data: { imported: 1 } });
  const popup = await openPopup(session);
  const gmail = await compose(session, popup, 'P-1');
  const chip = gmail.locator('.dw .M9 .sim-att[data-name="P-1.pdf"]');
  await expect(chip).toHaveAttribute('data-via', 'zone');
  await gmail.screenshot({ path: join(ARTIFACTS, 'sends-gmail-new-compose-pdf.png') });
  await gmail.locator('.dw .M9 div.T-I.T-I-atl[role=button]').click();
  await expect.poll(() => stepsOf(page), { timeout: 15_000 }).toEqual([['reminder_sent', 'j7-email']]);
  const [sent] = await gmail.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent);
  expect(sent?.attachments.map((a) => a.name)).toEqual(['P-1.pdf']);
  expect(Buffer.from(sent?.attachments[0]?.base64 ?? '', 'base64').equals(pdf)).toBe(true);

  // Turned off in the settings: the next invoice's reminder goes without it.
  await extensionPage(session, page, 'dashboard.html#settings');
  await page.getByTestId('attach-pdf').uncheck();
  await expect
    .poll(
      async () =>
        (await readStore<{ value: { attachInvoicePdf?: boolean } }>(page, 'settings'))[0]?.value
          .attachInvoicePdf,
    )
    .toBe(false);
  await sendMessage(page, 'invoices/import', {
    origin: { kind: 'pdf', fileName: 'P-2.pdf' },
    items: [item('P-2')],
  });
  const popup2 = await openPopup(session);
  const gmail2 = await compose(session, popup2, 'P-2');
  await expect(gmail2.locator('.dw .M9 [g_editable=true]')).toContainText('P-2');
  await gmail2.waitForTimeout(2000);
  await expect(gmail2.locator('.sim-att')).toHaveCount(0);
});
