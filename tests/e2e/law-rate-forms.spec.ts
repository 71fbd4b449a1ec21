/**
 * Issue #14: the rate kinds and « client public » where the user edits clients and invoices.
 * The review's example: 1 500 € due 16/12/2025, on 29/01/2026, at 3 × the legal rate of each
 * semester = 14,47 € (8,28 % then 7,86 %); the legal default (ECB + 10) gives 21,97 €.
 */
import { join } from 'node:path';
import { ARTIFACTS, expect, extensionPage, test } from './fixtures';
import { readStore } from './helpers';
import { importInvoices } from './law-helpers';

interface StoredClient {
  name: string;
  kind: string;
  contractualRate?: unknown;
}

test('the invoice page edits the rate’s kind; the client card offers « client public » and an agreed rate', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await page.clock.setFixedTime(new Date('2026-01-29T10:00:00'));
  await extensionPage(session, page, 'dashboard.html#invoices');
  await importInvoices(page, [
    {
      number: 'F-2025-120',
      clientName: 'Atelier Nova SARL',
      clientEmail: 'compta@nova.test',
      clientKind: 'pro',
      totalCents: 150_000,
      amountDueCents: 150_000,
      issueDate: '2025-11-16',
      dueDate: '2025-12-16',
    },
  ]);
  const [invoice] = await readStore<{ id: string }>(page, 'invoices');
  await extensionPage(session, page, `dashboard.html#invoice/${invoice!.id}`);

  const interest = page.getByTestId('penalty-interest');
  await expect(interest).toHaveText(/21,97\s€/); // ECB + 10, nothing stated
  const form = page.getByTestId('invoice-rate');
  await form.locator('summary').click();
  await form.locator('select[name=invoice-rate-kind]').selectOption('legal-multiple');
  await expect(form.locator('input[name=invoice-rate-figure]')).toHaveValue('3');
  await form.getByTestId('invoice-rate-save').click();
  await expect(form.getByTestId('invoice-rate-message')).toHaveText(
    'Taux enregistré : les pénalités sont recalculées.',
  );
  await expect(form.locator('summary')).toContainText('3 × le taux de l’intérêt légal');
  await expect(interest).toHaveText(/14,47\s€/);
  const stored = (await readStore<{ contractualRate: unknown }>(page, 'invoices'))[0]!;
  expect(stored.contractualRate).toEqual({ kind: 'legal-multiple', factor: 3 });
  await page.screenshot({ path: join(ARTIFACTS, 'law-invoice-rate.png'), fullPage: true });

  // A bad figure is refused, nothing written.
  await form.locator('input[name=invoice-rate-figure]').fill('abc');
  await form.getByTestId('invoice-rate-save').click();
  await expect(form.getByTestId('invoice-rate-message')).toHaveText(
    'Indiquez un nombre valable pour ce taux.',
  );
  expect((await readStore<{ contractualRate: unknown }>(page, 'invoices'))[0]!.contractualRate).toEqual({
    kind: 'legal-multiple',
    factor: 3,
  });

  // The client card: a public body, with ECB + 8 agreed.
  await extensionPage(session, page, 'dashboard.html#clients');
  await page
    .locator('[data-testid=client-row][data-name="Atelier Nova SARL"]')
    .getByTestId('client-edit')
    .click();
  const editor = page.getByTestId('client-editor');
  await editor.getByTestId('client-kind').selectOption('public');
  await editor.locator('select[name=client-rate-kind]').selectOption('ecb-plus');
  await expect(editor.locator('input[name=client-rate-figure]')).toHaveValue('10');
  await editor.locator('input[name=client-rate-figure]').fill('8');
  await page.screenshot({ path: join(ARTIFACTS, 'law-client-editor-rate.png'), fullPage: true });
  await editor.getByTestId('client-save').click();
  await expect(editor.getByTestId('client-message')).toHaveText('Client enregistré.');
  const client = (await readStore<StoredClient>(page, 'clients'))[0]!;
  expect(client.kind).toBe('public');
  expect(client.contractualRate).toEqual({ kind: 'ecb-plus', points: 8 });
});
