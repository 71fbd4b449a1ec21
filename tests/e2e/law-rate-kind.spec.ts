/**
 * Issue #14: an invoice whose PDF says « Pénalités de retard : trois fois le taux d'intérêt
 * légal » is tracked from Gmail with that rate kind, and the formal notice downloaded from the
 * popup computes 3 × the legal rate of each semester, showing how (« 3 × 2,62 % »).
 * The simulator's thread `facturePdf` attaches tests/fixtures/gmail/pdf/facture-pdf.pdf, which
 * carries that clause (generate-pdfs.ts).
 */
import { join } from 'node:path';
import { ARTIFACTS, expect, extensionPage, test } from './fixtures';
import { GMAIL, serveGmail, THREAD } from './gmail-sim';
import { completeLetterParts, openRowAction, readStore, sendMessage } from './helpers';
import { savedPdfText } from './law-helpers';

interface StoredInvoice {
  id: string;
  number: string;
  contractualRate?: { kind: string; factor?: number } | null;
  contractualRatePercent: number | null;
}

test('« trois fois le taux d’intérêt légal »: tracked with its kind, claimed at 3 × the legal rate', async ({
  session,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  await page.goto(`${GMAIL}?hl=fr#all/${THREAD.facturePdf}`);
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  const form = page.getByTestId('track-form');
  await expect(form).toBeVisible();
  // Pre-filled from the PDF's clause once the offscreen reader answered.
  await expect(form.locator('select[name=track-rate-kind]')).toHaveValue('legal-multiple');
  await expect(form.locator('input[name=track-rate-figure]')).toHaveValue('3');
  await page.screenshot({ path: join(ARTIFACTS, 'law-track-form-rate-kind.png') });
  await form.getByRole('button', { name: 'Suivre la facture' }).click();
  await expect(page.getByTestId('card-status')).toBeVisible();

  const ext = await session.context.newPage();
  await extensionPage(session, ext, 'popup.html');
  const stored = (await readStore<StoredInvoice>(ext, 'invoices')).find((i) => i.number === 'F-2026-001')!;
  expect(stored.contractualRate).toEqual({ kind: 'legal-multiple', factor: 3 });
  expect(stored.contractualRatePercent).toBeNull();

  // The standard ladder's first steps are done: today's action is the formal notice (J+45).
  for (const e of [
    {
      type: 'reminder_sent',
      stepId: 'j7-email',
      channel: 'email',
      template: 'email.courteous',
      date: '2026-03-22',
    },
    { type: 'call', stepId: 'j15-phone', outcome: 'no_answer', date: '2026-03-30' },
    { type: 'letter_sent', stepId: 'j30-registered_letter', registered: true, date: '2026-04-14' },
  ]) {
    await sendMessage(ext, 'event/add', {
      event: {
        id: crypto.randomUUID(),
        invoiceId: stored.id,
        createdAt: new Date().toISOString(),
        note: '',
        ...e,
      },
    });
  }
  const popup = await session.context.newPage();
  // The notice is dated and computed on the popup's today: pinned, so that the figures below
  // hold whatever day the suite runs.
  await popup.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await extensionPage(session, popup, 'popup.html');
  const row = popup.getByTestId('today-row').filter({ hasText: 'F-2026-001' });
  await openRowAction(row, 'formalNotice', 'act-formal-notice');
  await completeLetterParts(row);
  // The signed quote goes with the notice, listed under « Pièces jointes ».
  await row.getByTestId('document-enclosures').fill('Copie du devis signé du 12/01/2026');
  const [file] = await Promise.all([
    popup.waitForEvent('download'),
    row.getByTestId('document-generate').click(),
  ]);
  const text = await savedPdfText(file, `law-${file.suggestedFilename()}`);
  // From the day after the due date (15/03/2026), 3 × 2,62 % = 7,86 % (2026 S1), then the
  // 2nd half of 2026 at the latest known legal rate, marked provisional.
  // (The amount column sits between the words of a wrapped cell in pdftotext's output.)
  expect(text).toContain('du 16/03/2026 au 30/06/2026 : 107 jours à');
  expect(text).toContain('7,86 % (3 × 2,62 %) sur 1 500,00 €');
  expect(text).toContain('du 01/07/2026 au 01/12/2026 : 154 jours à 7,86 % (3 × 2,62 %, provisoire)');
  // 1 500 € × 7,86 % × 261 / 365 = 84,31 €, and the 40 €.
  expect(text).toContain('84,31 €');
  expect(text).toContain('Total réclamé 1 624,31 €');
  expect(text).toContain('multiple du taux de l’intérêt légal de chaque semestre');
  expect(text).toContain('C. com. art. L441-10 II');
  expect(text).not.toContain('taux BCE + 10 points');
  expect(text).toContain('Copie du devis signé du 12/01/2026');
});
