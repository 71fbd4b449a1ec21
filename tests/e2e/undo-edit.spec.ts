/**
 * Issue #20, undo and edit, in Chromium with the built extension and its real IndexedDB:
 * « Payée » with a past date, undone within 10 s, then done again; an invoice edited (amount
 * and due date) with its ladder and penalties following; an invoice removed and brought back
 * with « Annuler ».
 */
import { join } from 'node:path';
import { ARTIFACTS, expect, extensionPage, test } from './fixtures';
import { day, readStore } from './helpers';
import { importInvoices } from './law-helpers';

const client = { clientName: 'Agence Pixel SAS', clientEmail: 'compta@pixel.test', clientKind: 'pro' };
const mentions = { dueDate: true, penaltyRate: true, recoveryIndemnity: true };

test('« Payée » with a past date, undone, then done again; edit; remove and undo', async ({ session }) => {
  test.setTimeout(120_000);
  const page = await session.context.newPage();
  await extensionPage(session, page, 'dashboard.html#invoices');
  await importInvoices(page, [
    {
      ...client,
      number: 'UE-1',
      totalCents: 280_000,
      amountDueCents: 280_000,
      issueDate: day(-70),
      dueDate: day(-40),
      mentions,
    },
    {
      ...client,
      number: 'UE-2',
      totalCents: 100_000,
      amountDueCents: 100_000,
      issueDate: day(-20),
      dueDate: day(-5),
      mentions,
    },
  ]);
  const ids = new Map(
    (await readStore<{ id: string; number: string }>(page, 'invoices')).map((r) => [r.number, r.id]),
  );
  const events = async (number: string) =>
    (
      await readStore<{ invoiceId: string; type: string; date: string; amountCents?: number }>(page, 'events')
    ).filter((e) => e.invoiceId === ids.get(number));

  // « Payée » asks the day and the amount: three days ago, the whole rest.
  await extensionPage(session, page, `dashboard.html#invoice/${ids.get('UE-1')}`);
  await expect(page.getByTestId('invoice-outstanding')).toHaveText(/2\s800,00\s€/);
  await page.getByTestId('act-paid').click();
  const dialog = page.getByTestId('paid-dialog');
  await expect(dialog.getByTestId('paid-date')).toHaveValue(day(0));
  await expect(dialog.getByTestId('paid-amount')).toHaveValue(/2\s?800,00/);
  await dialog.getByTestId('paid-date').fill(day(-3));
  await page.screenshot({ path: join(ARTIFACTS, 'undo-edit-paid-dialog.png'), fullPage: true });
  await dialog.getByTestId('paid-save').click();
  await expect(page.getByTestId('invoice-outstanding')).toHaveText(/0,00\s€/);
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText('Paiement enregistré · UE-1');
  await page.screenshot({ path: join(ARTIFACTS, 'undo-edit-paid-toast.png') });
  expect((await events('UE-1')).map((e) => [e.type, e.date, e.amountCents])).toEqual([
    ['payment', day(-3), 280_000],
  ]);

  // Undone within the 10 s: no payment left, the invoice owed again.
  await toast.getByTestId('undo-button').click();
  await expect(page.getByTestId('undo-said')).toHaveText('Action annulée.');
  await expect(page.getByTestId('invoice-outstanding')).toHaveText(/2\s800,00\s€/);
  expect(await events('UE-1')).toEqual([]);

  // Done again, a part payment this time: the invoice stays open for the rest.
  await page.getByTestId('act-paid').click();
  await page.getByTestId('paid-date').fill(day(-3));
  await page.getByTestId('paid-amount').fill('800');
  await expect(page.getByTestId('paid-partial')).toContainText(/reste ouverte pour 2\s000,00\s€/);
  await page.getByTestId('paid-save').click();
  await expect(page.getByTestId('invoice-outstanding')).toHaveText(/2\s000,00\s€/);
  // The toast leaves after its 10 s; the payment stays.
  await expect(page.getByTestId('undo-toast')).toHaveCount(0, { timeout: 15_000 });
  expect((await events('UE-1')).map((e) => [e.type, e.date, e.amountCents])).toEqual([
    ['payment', day(-3), 80_000],
  ]);

  // « Modifier » : amount and due date; the ladder and the penalties follow.
  await extensionPage(session, page, `dashboard.html#invoice/${ids.get('UE-2')}`);
  const penalties = page.getByTestId('penalties');
  const nextBefore = await page.getByTestId('invoice-status').textContent();
  const penaltiesBefore = await penalties.textContent();
  await page.getByTestId('invoice-edit').click();
  const editor = page.getByTestId('invoice-editor');
  await editor.getByTestId('edit-amountDue').fill('abc');
  await editor.getByTestId('edit-save').click();
  await expect(editor.getByTestId('edit-errors')).toContainText(
    'Montant dû : tapez un montant, par exemple 1 250,00.',
  );
  await editor.getByTestId('edit-total').fill('1 500,00');
  await editor.getByTestId('edit-amountDue').fill('1 500,00');
  await editor.getByTestId('edit-issueDate').fill(day(-60));
  await editor.getByTestId('edit-dueDate').fill(day(-45));
  await page.screenshot({ path: join(ARTIFACTS, 'undo-edit-editor.png'), fullPage: true });
  await editor.getByTestId('edit-save').click();
  await expect(page.getByTestId('invoice-editor')).toHaveCount(0);
  await expect(page.getByTestId('invoice-outstanding')).toHaveText(/1\s500,00\s€/);
  await expect(page.getByTestId('invoice-status')).not.toHaveText(nextBefore ?? '');
  await expect(penalties).not.toHaveText(penaltiesBefore ?? '');
  await expect(penalties).toContainText(/1\s500,00\s€/);
  await expect(page.getByTestId('event-log')).toContainText(
    /Facture modifiée : .*Date d’échéance .* → .*Total TTC 1\s000,00\s€ → 1\s500,00\s€/,
  );
  await expect(page.getByTestId('undo-toast')).toContainText('Facture modifiée · UE-2');
  const stored = (
    await readStore<{ id: string; dueDate: string; totalCents: number }>(page, 'invoices')
  ).find((i) => i.id === ids.get('UE-2'));
  expect(stored).toMatchObject({ dueDate: day(-45), totalCents: 150_000 });
  await page.screenshot({ path: join(ARTIFACTS, 'undo-edit-edited.png'), fullPage: true });
  // Lowering the amount below what was paid is refused, naming the field.
  await extensionPage(session, page, `dashboard.html#invoice/${ids.get('UE-1')}`);
  await page.getByTestId('invoice-edit').click();
  await page.getByTestId('edit-amountDue').fill('500');
  await page.getByTestId('edit-total').fill('2 800,00');
  await page.getByTestId('edit-save').click();
  await expect(page.getByTestId('invoice-tools-error')).toContainText(
    /Montant dû : 800,00\s€ ont déjà été payés/,
  );

  // « Ne plus suivre » : gone with its events, back with « Annuler ».
  await page.getByTestId('invoice-remove').click();
  await page.getByTestId('invoice-remove-confirm').click();
  await expect(page.getByTestId('invoice-missing')).toBeVisible();
  expect((await readStore<{ id: string }>(page, 'invoices')).map((i) => i.id)).not.toContain(ids.get('UE-1'));
  expect(await events('UE-1')).toEqual([]);
  await expect(page.getByTestId('undo-toast')).toContainText('Facture retirée du suivi · UE-1');
  await page.screenshot({ path: join(ARTIFACTS, 'undo-edit-removed.png') });
  await page.getByTestId('undo-button').click();
  await expect(page.getByTestId('invoice-page')).toBeVisible();
  await expect(page.getByTestId('invoice-outstanding')).toHaveText(/2\s000,00\s€/);
  expect((await events('UE-1')).map((e) => e.type)).toEqual(['payment']);
});
