/**
 * Issue #15 in the built extension: at the court step for a non-trader client (an architect in
 * Lyon), the popup proposes the tribunal judiciaire — not the tribunal de commerce nor the TAE
 * of Lyon — and the downloaded kit names it; a disputed claim is offered mediation instead.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, extensionPage, test } from './fixtures';
import {
  axeViolations,
  CSV_HEADER,
  completeLetterParts,
  day,
  importCsvText,
  readStore,
  sendMessage,
} from './helpers';

const LADDER = [
  {
    type: 'reminder_sent',
    stepId: 'j7-email',
    channel: 'email',
    template: 'email.courteous',
    date: day(-63),
  },
  { type: 'call', stepId: 'j15-phone', outcome: 'no_answer', date: day(-55) },
  { type: 'letter_sent', stepId: 'j30-registered_letter', registered: true, date: day(-40) },
  { type: 'formal_notice_sent', stepId: 'j45-formal_notice', date: day(-25) },
];

async function addEvents(page: Page, invoiceId: string, events: Record<string, unknown>[]) {
  for (const e of events) {
    await sendMessage(page, 'event/add', {
      event: { id: crypto.randomUUID(), invoiceId, createdAt: new Date().toISOString(), note: '', ...e },
    });
  }
}

test('court step for an architect: the popup proposes the tribunal judiciaire and the kit names it', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await importCsvText(
    session,
    page,
    `${CSV_HEADER}\nA-70;Claire Morel;claire@morel-archi.test;2 400,00;${day(-100)};${day(-70)};pro;`,
    1,
  );
  const [invoice] = await readStore<{ id: string; clientId: string }>(page, 'invoices');
  const [client] = await readStore<Record<string, unknown>>(page, 'clients');
  // The user says on the client page what the debtor is: an architect (non-trader) in Lyon.
  const saved = await sendMessage(page, 'client/save', {
    client: { ...client, address: '21 rue Mercière\n69002 Lyon', legalType: 'non-trader' },
  });
  expect(saved).toMatchObject({ ok: true });
  await addEvents(page, invoice!.id, LADDER);

  const popup = await session.context.newPage();
  await extensionPage(session, popup, 'popup.html');
  const row = popup.getByTestId('today-row').filter({ hasText: 'A-70' });
  await row.getByTestId('row-main').click();
  const panel = row.getByTestId('routes-panel');
  const first = panel.getByTestId('route').first();
  await expect(first).toHaveAttribute('data-route', 'injonction-de-payer');
  await expect(first.getByTestId('route-court')).toContainText('Tribunal judiciaire du domicile du débiteur');
  await expect(panel).not.toContainText('activités économiques');
  await expect(panel.getByTestId('route').nth(1)).toHaveAttribute('data-route', 'petites-creances');
  await popup.setViewportSize({ width: 420, height: 1400 });
  await popup.screenshot({ path: join(ARTIFACTS, 'routes-popup-court-step-fr.png'), fullPage: true });

  await first.getByTestId('act-kit').click();
  await completeLetterParts(row);
  const [zip] = await Promise.all([
    popup.waitForEvent('download'),
    row.getByTestId('document-generate').click(),
  ]);
  expect(zip.suggestedFilename()).toMatch(/^Injonction-de-payer_A-70_Claire-Morel.*\.zip$/);
  const { unzipSync } = await import('fflate');
  const files = unzipSync(readFileSync(await zip.path()));
  const sheet = files['00_Fiche-requete-injonction-de-payer.pdf'];
  expect(sheet).toBeDefined();
  const path = join(ARTIFACTS, 'routes-e2e-kit-fiche.pdf');
  writeFileSync(path, sheet!);
  const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout.replace(
    /\s+/g,
    ' ',
  );
  expect(text).toContain('Juridiction Tribunal judiciaire');
  expect(text).toContain('69002 Lyon');
  expect(text).toContain('Cerfa n° 12948*06');
  expect(text).not.toMatch(/tribunal de commerce|activités économiques/i);
});

test('a disputed claim: mediation and conciliation first, no injonction kit', async ({ session }) => {
  const page = await session.context.newPage();
  await importCsvText(
    session,
    page,
    `${CSV_HEADER}\nL-70;Garonne Conseil SARL;dg@garonne.test;2 000,00;${day(-100)};${day(-70)};pro;`,
    1,
  );
  const [invoice] = await readStore<{ id: string }>(page, 'invoices');
  await addEvents(page, invoice!.id, [...LADDER, { type: 'dispute_opened', date: day(-5) }]);
  await extensionPage(session, page, `dashboard.html#invoice/${invoice!.id}`);
  const panel = page.getByTestId('routes-panel');
  await expect(panel.getByTestId('route').first()).toHaveAttribute('data-route', 'mediation');
  await expect(panel.getByTestId('route').nth(1)).toHaveAttribute('data-route', 'conciliation');
  await expect(panel.locator('[data-route="injonction-de-payer"]')).toHaveCount(0);
  await expect(panel.locator('[data-route="assignation"]')).toHaveCount(1);
  await expect(panel.getByTestId('act-kit')).toHaveCount(0);
  // Every route document names the debtor at its postal address: asked in the panel (issue #20).
  await panel.getByTestId('route-prepare-mediation').click();
  await completeLetterParts(panel);
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByTestId('route-prepare-mediation').click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/^Demande-de-mediation_L-70_Garonne-Conseil-SARL\.pdf$/);
  await page.screenshot({ path: join(ARTIFACTS, 'routes-invoice-dispute-fr.png'), fullPage: true });
  // The summons draft on the merits, with what CPC 54, 56 and 648 require.
  const [summons] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByTestId('route-prepare-assignation').click(),
  ]);
  expect(summons.suggestedFilename()).toMatch(
    /^Projet-assignation-en-paiement_L-70_Garonne-Conseil-SARL\.pdf$/,
  );
  const summonsPath = join(ARTIFACTS, 'routes-e2e-assignation.pdf');
  writeFileSync(summonsPath, readFileSync(await summons.path()));
  const summonsText = spawnSync('pdftotext', [summonsPath, '-'], { encoding: 'utf8' }).stdout.replace(
    /\s+/g,
    ' ',
  );
  for (const phrase of [
    'Projet d’assignation en paiement',
    'art. 648 2°',
    'Bordereau des pièces',
    'Garonne Conseil SARL',
  ])
    expect(summonsText).toContain(phrase);
});

test('the creditor status is a setting: an artisan user takes an artisan debtor to the commercial court', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await importCsvText(
    session,
    page,
    `${CSV_HEADER}
P-70;Martin Plomberie;contact@martin-plomberie.test;1 800,00;${day(-100)};${day(-70)};pro;`,
    1,
  );
  const [invoice] = await readStore<{ id: string }>(page, 'invoices');
  const [client] = await readStore<Record<string, unknown>>(page, 'clients');
  await sendMessage(page, 'client/save', {
    client: { ...client, address: '14 rue Laffitte\n75009 Paris', legalType: 'artisan' },
  });
  await addEvents(page, invoice!.id, LADDER);
  await extensionPage(session, page, `dashboard.html#invoice/${invoice!.id}`);
  const court = page.getByTestId('routes-panel').getByTestId('route').first().getByTestId('route-court');
  await expect(court).toContainText('Tribunal judiciaire');

  await extensionPage(session, page, 'dashboard.html#settings');
  const select = page.getByLabel('Votre statut de créancier');
  await expect(select).toHaveValue('non-trader');
  // Saved as it changes: no button.
  await select.selectOption('artisan');
  await expect
    .poll(async () => {
      const [row] = await readStore<{ value: { creditorStatus?: string } }>(page, 'settings');
      return row?.value.creditorStatus;
    })
    .toBe('artisan');
  await page.screenshot({ path: join(ARTIFACTS, 'routes-settings-creditor-fr.png'), fullPage: true });

  await extensionPage(session, page, `dashboard.html#invoice/${invoice!.id}`);
  await expect(court).toContainText('Tribunal des activités économiques de Paris');
  await expect(page.getByTestId('routes-panel')).toContainText(
    'vous êtes commerçant ou artisan (vos réglages)',
  );
});

test('the client page shows the legal type as a guess until the user sets it', async ({ session }) => {
  const page = await session.context.newPage();
  await importCsvText(
    session,
    page,
    `${CSV_HEADER}\nG-10;Garonne Conseil SARL;dg@garonne.test;900,00;${day(-40)};${day(-10)};pro;`,
    1,
  );
  await extensionPage(session, page, 'dashboard.html#clients');
  await page
    .locator('[data-testid=client-row][data-name="Garonne Conseil SARL"]')
    .getByTestId('client-edit')
    .click();
  await expect(page.getByTestId('client-legal-type')).toHaveValue('');
  await expect(page.getByTestId('client-legal-guess')).toHaveText(
    'Deviné : Commerçant ou société commerciale (SAS, SARL…), d’après « SARL ». À confirmer : elle décide du tribunal.',
  );
  await page.screenshot({ path: join(ARTIFACTS, 'routes-client-guess-fr.png'), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByTestId('client-legal-type').selectOption('artisan');
  await page.getByTestId('client-country').fill('fr');
  await expect(page.getByTestId('client-legal-guess')).toHaveText('');
  await page.getByTestId('client-save').click();
  await expect(page.getByTestId('client-message')).toHaveText('Client enregistré.');
  const [client] = await readStore<{ legalType: string; country: string }>(page, 'clients');
  expect(client).toMatchObject({ legalType: 'artisan', country: 'FR' });
});
