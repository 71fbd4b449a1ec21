import { join } from 'node:path';
import { ARTIFACTS, expect, extensionPage, test } from './fixtures';
import { CSV_HEADER, day, importCsvText, openRowAction, readStore, sendMessage } from './helpers';

// E-10 is 10 days late: its J+7 courteous e-mail is due today.
const csv = [CSV_HEADER, `E-10;Atelier Lune;compta@lune.test;1 000,00;${day(-40)};${day(-10)};pro;`].join(
  '\n',
);

test('a reminder text edited in French « tu » is what the next « Relancer » writes; reset brings ours back', async ({
  session,
}) => {
  const opened: string[] = [];
  session.hosts.set('https://mail.google.com/', (url) => {
    opened.push(url.href);
    return { body: '<!doctype html><title>mail</title>', contentType: 'text/html' };
  });
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 1400 });
  await extensionPage(session, page, 'dashboard.html#settings');
  // Clients created from now on are addressed with « tu ».
  const stored = (await readStore<{ value: object }>(page, 'settings'))[0]?.value ?? {};
  await sendMessage(page, 'settings/save', { settings: { ...stored, defaultAddressing: 'tu' } });
  await importCsvText(session, page, csv, 1);

  await extensionPage(session, page, 'dashboard.html#settings');
  const editor = page.getByTestId('section-templates');
  await expect(editor.getByLabel('Pour les clients')).toHaveValue('fr-tu');
  await editor.getByLabel('Étape', { exact: true }).selectOption('email');
  await editor.getByLabel('Ton', { exact: true }).selectOption('courteous');
  // The preview is on the user's own invoice, and the name is elided: « d’Atelier Lune ».
  const preview = editor.getByTestId('template-preview');
  await expect(preview).toContainText('Sur votre facture E-10 d’Atelier Lune');
  await expect(editor.getByTestId('template-origin')).toHaveText('Texte d’origine');
  // A reminder that groups several invoices keeps our text, in the plural: the editor says so.
  await expect(editor.getByTestId('template-several')).toContainText('en regroupe plusieurs');
  const body = editor.getByLabel('Texte', { exact: true });
  await expect(body).toHaveValue(/\{greeting\}/);

  // A typo is named, and nothing is saved.
  await body.fill('{greeting}\n\nCoucou {prenon}, tu as vu passer la facture {invoice_numbers} ?');
  await expect(editor.getByTestId('template-problem')).toHaveText(
    'Variable inconnue : {prenon}. Choisissez-la dans la liste.',
  );
  // Fixed, and a variable inserted by a click where the cursor is.
  await body.fill('{greeting}\n\nPetit coucou : tu as vu passer la facture {invoice_numbers} de ');
  await body.press('End');
  await editor.locator('[data-variable="amount_due"]').click();
  await expect(body).toHaveValue(/de \{amount_due\}$/);
  await body.press('End');
  await body.pressSequentially(' ?\n\n{closing}\n{signature}');
  await expect(editor.getByTestId('template-status')).toHaveText(
    'Texte enregistré : la prochaine relance de cette étape l’utilisera.',
  );
  await expect(preview).toContainText(/Petit coucou : tu as vu passer la facture E-10 de 1\s000,00\s€ \?/);
  await expect(editor.getByTestId('template-origin')).toHaveText('Votre texte');
  await editor.screenshot({ path: join(ARTIFACTS, 'templates-editor-fr-tu.png') });
  await preview.screenshot({ path: join(ARTIFACTS, 'templates-preview-fr-tu.png') });
  const saved = (await readStore<{ value: { templates: unknown[] } }>(page, 'settings'))[0]?.value;
  expect(saved?.templates).toEqual([
    expect.objectContaining({ action: 'email', tone: 'courteous', voice: 'fr-tu' }),
  ]);

  // « Relancer » in the popup writes the user's text.
  const popup = await session.context.newPage();
  await extensionPage(session, popup, 'popup.html');
  const row = popup.getByTestId('today-row').filter({ hasText: 'E-10' });
  const compose = async () => {
    opened.length = 0;
    await openRowAction(row, 'remind', 'act-compose');
    await expect.poll(() => opened.length).toBe(1);
    return new URL(opened[0]!).searchParams.get('body') ?? '';
  };
  const mine = await compose();
  expect(mine).toMatch(/^Bonjour,\n\nPetit coucou : tu as vu passer la facture E-10 de 1\s000,00\s€ \?/);
  expect(mine).not.toContain('simple oubli');

  // Back to ours: the next reminder is our text again.
  await editor.getByTestId('template-reset').click();
  await expect(editor.getByTestId('template-status')).toHaveText('Texte d’origine rétabli.');
  await expect(body).toHaveValue(/C’est sûrement un simple oubli/);
  await expect(editor.getByTestId('template-origin')).toHaveText('Texte d’origine');
  await popup.reload();
  const ours = await compose();
  expect(ours).toContain('Je reviens vers toi au sujet de la facture E-10');
  expect(ours).not.toContain('Petit coucou');
});

test('a scenario claims penalties and the 40 € from the step the user chooses (the formal notice by default)', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 1400 });
  await extensionPage(session, page, 'dashboard.html#settings');
  await page.getByRole('button', { name: /^Dupliquer « Standard/ }).click();
  const editor = page.getByTestId('scenario-editor');
  const from = editor.getByTestId('penalties-from');
  await expect(from).toHaveValue('');
  await editor.getByRole('button', { name: 'Aperçu du texte' }).first().click();
  const firstPreview = editor.getByTestId('step-preview').first();
  await expect(firstPreview).toContainText('Acme SAS');
  // Default: the J+7 e-mail states the amount due only.
  await expect(firstPreview).not.toContainText('indemnité');
  await from.selectOption('j7-email');
  await expect(firstPreview).toContainText(
    /l’indemnité forfaitaire pour frais de recouvrement de 40,00\s€ \(C\. com\. art\. D441-5\)\./,
  );
  await expect(firstPreview).not.toContainText('par facture');
  await editor.screenshot({ path: join(ARTIFACTS, 'templates-scenario-penalty-step.png') });
  await editor.getByTestId('scenario-save').click();
  await expect(page.getByTestId('scenario-status')).toContainText('enregistré');
  const [mine] = await readStore<{ penaltiesFromStepId: string | null }>(page, 'scenarios');
  expect(mine?.penaltiesFromStepId).toBe('j7-email');
});
