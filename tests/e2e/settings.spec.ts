/**
 * Settings, scenario editor and exports (issue #6), in the dashboard at `#settings` and
 * `#backup`: what is saved persists and applies, what is invalid is refused with nothing
 * written, and the exports read back (CSV through our own import, `.ics` through a parser).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Settings } from '../../core/model';
import { parseIcs } from '../unit/export/ical-parse';
import { ARTIFACTS, expect, extensionPage, launch, type Session, test } from './fixtures';
import { axeViolations, day, readStore, sendMessage } from './helpers';

type SettingsRow = { key: string; value: Settings };

const storedSettings = async (page: Page) => (await readStore<SettingsRow>(page, 'settings'))[0]?.value;

async function openSettings(session: Session, page: Page) {
  await page.setViewportSize({ width: 1100, height: 900 });
  await extensionPage(session, page, 'dashboard.html#settings');
  await expect(page.getByTestId('settings-page').getByLabel('IBAN')).toBeVisible();
}

const item = (number: string, clientName: string, dueDate: string, extra: Record<string, unknown> = {}) => ({
  number,
  clientName,
  clientEmail: `compta@${clientName.toLowerCase().replace(/\W+/g, '')}.test`,
  clientKind: 'pro',
  totalCents: 150_000,
  amountDueCents: 150_000,
  issueDate: day(-60),
  dueDate,
  ...extra,
});

/** Three invoices: one not yet due, one 10 days late, one already paid. */
async function seed(session: Session, page: Page) {
  await extensionPage(session, page, 'dashboard.html#backup');
  const answer = await sendMessage(page, 'invoices/import', {
    origin: { kind: 'csv', fileName: null },
    items: [
      item('F-2026-001', 'Acme; SAS', day(10), {
        clientPhone: '+33 6 12 34 56 78',
        clientAddress: '12 rue des Lilas\n75011 Paris',
        clientSiren: '732829320',
      }),
      item('F-2026-002', 'Studio « Lumière », Lyon', day(-10), {
        totalCents: 123_456,
        amountDueCents: 100_050,
      }),
      item('F-2026-003', 'Marie Martin', day(-40), {
        clientKind: 'particulier',
        clientEmail: null,
        amountDueCents: 0,
      }),
    ],
  });
  expect(answer).toMatchObject({ ok: true, data: { imported: 3 } });
}

async function downloaded(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('identity, notification time and dark theme are saved as they change, persist and apply on reload', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await openSettings(session, page);
  await page.emulateMedia({ colorScheme: 'light' });
  // No « Enregistrer » anywhere: every section saves itself.
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toHaveCount(0);
  // SIRET only; the rates are under « Avancé », closed.
  await expect(page.getByLabel('SIREN (9 chiffres)')).toHaveCount(0);
  await expect(page.getByTestId('section-rates')).toBeHidden();
  await page.screenshot({ path: join(ARTIFACTS, 'settings-light.png'), fullPage: true });
  expect(await axeViolations(page, ['light'])).toEqual([]);

  await page.getByLabel('Nom et prénom').fill('Marie Dupont');
  await page.getByLabel('SIRET (14 chiffres)').fill('732 829 320 00074');
  await page.getByLabel('IBAN').fill('fr76 3000 6000 0112 3456 7890 189');
  await page.getByLabel('Ville (pour « Fait à … »)').fill('Lyon');
  await page.getByLabel('Ville (pour « Fait à … »)').blur();
  await expect(page.getByTestId('status-identity')).toHaveText('Enregistré.');

  await page.getByLabel('Heure').fill('08:30');
  await page.getByLabel('Heure').blur();
  await page.getByTestId('notif-day-6').check();
  await expect.poll(async () => (await storedSettings(page))?.notifications.days).toEqual([1, 2, 3, 4, 5, 6]);
  await expect(page.getByTestId('status-notifications')).toHaveText('Enregistré.');

  await page.getByLabel('Thème').selectOption('dark');
  await expect(page.getByTestId('status-display')).toHaveText('Enregistré.');
  await expect.poll(async () => (await storedSettings(page))?.theme).toBe('dark');

  const saved = await storedSettings(page);
  expect(saved?.identity).toMatchObject({
    name: 'Marie Dupont',
    siret: '73282932000074',
    siren: '732829320',
    iban: 'FR76 3000 6000 0112 3456 7890 189',
    city: 'Lyon',
  });
  expect(saved?.notifications).toMatchObject({ hour: 8, minute: 30, days: [1, 2, 3, 4, 5, 6] });

  await page.reload();
  await expect(page.getByLabel('Nom et prénom')).toHaveValue('Marie Dupont');
  await expect(page.getByLabel('Heure')).toHaveValue('08:30');
  // Dark although the system is light: the saved theme wins.
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 23, 28)');
  await page.getByText('Avancé : taux des pénalités').click();
  await expect(page.getByTestId('section-rates')).toContainText('Vous n’avez rien à vérifier');
  await page.screenshot({ path: join(ARTIFACTS, 'settings-dark.png'), fullPage: true });
  expect(await axeViolations(page, ['light'])).toEqual([]);
});

test('an invalid IBAN says what to type, is not saved, and the error is gone once the panel changes', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await openSettings(session, page);
  await page.getByLabel('Nom et prénom').fill('Marie Dupont');
  await page.getByLabel('IBAN').fill('FR76 3000 6000 0112 3456 7890 188');
  await page.getByLabel('IBAN').blur();
  await expect(page.getByTestId('identity-iban-error')).toHaveText(
    'IBAN invalide : la clé de contrôle ne correspond pas. Vérifiez les chiffres.',
  );
  await expect(page.getByLabel('IBAN')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('status-identity')).toContainText('n’ont pas été enregistrés');
  // The rest is saved; the wrong IBAN is not.
  await expect.poll(async () => (await storedSettings(page))?.identity.name).toBe('Marie Dupont');
  expect((await storedSettings(page))?.identity.iban).toBe('');
  await page.getByRole('link', { name: 'Factures' }).click();
  await page.getByRole('link', { name: 'Réglages' }).click();
  await expect(page.getByLabel('IBAN')).toBeVisible();
  await expect(page.getByTestId('identity-iban-error')).toHaveCount(0);
});

test('the Gmail account is chosen among the open Gmail tabs, by its address', async ({ session }) => {
  session.hosts.set('https://mail.google.com/', () => ({
    body: '<!doctype html><title>Boîte de réception - pro@atelier.fr - Gmail</title><p>Gmail</p>',
    contentType: 'text/html',
  }));
  const gmail = await session.context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/1/#inbox');
  const page = await session.context.newPage();
  await openSettings(session, page);
  const accounts = page.getByTestId('mail-accounts');
  await expect(accounts.getByRole('radio', { name: 'pro@atelier.fr' })).toBeVisible();
  // The stored account (the first) stays offered, though no tab shows its address.
  await expect(accounts.getByRole('radio', { name: 'Compte n° 1 de Gmail' })).toBeChecked();
  await accounts.getByRole('radio', { name: 'pro@atelier.fr' }).check();
  await expect.poll(async () => (await storedSettings(page))?.gmailAccount).toBe(1);
  await expect(page.getByTestId('status-mail')).toHaveText('Enregistré.');
});

test('a preset duplicated, a step moved up with the keyboard, saved and made the default', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await openSettings(session, page);
  await page.getByRole('button', { name: /^Dupliquer « Standard/ }).click();
  const editor = page.getByTestId('scenario-editor');
  await editor.getByLabel('Nom du scénario').fill('Mon échelle');
  // The J+15 call moves to J+7: focus the button and press Enter, as a keyboard user would.
  await editor.getByRole('button', { name: 'Monter l’étape 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(editor.getByTestId('step').nth(0)).toHaveAttribute('data-action', 'phone');
  // The focus follows the moved step (now first, so its « up » is disabled: « down » has it).
  await expect(editor.getByRole('button', { name: 'Descendre l’étape 1' })).toBeFocused();
  await editor.getByRole('button', { name: 'Aperçu du texte' }).first().click();
  await expect(editor.getByTestId('step-preview').first()).toContainText('Acme SAS');
  await page.screenshot({ path: join(ARTIFACTS, 'settings-scenario-editor.png'), fullPage: true });
  await editor.getByTestId('scenario-save').click();
  await expect(page.getByTestId('scenario-status')).toHaveText('Scénario « Mon échelle » enregistré.');

  const [mine] = await readStore<{
    id: string;
    name: string;
    steps: { action: string; offsetDays: number }[];
  }>(page, 'scenarios');
  expect(mine?.name).toBe('Mon échelle');
  expect(mine?.steps.map((s) => [s.offsetDays, s.action])).toEqual([
    [7, 'phone'],
    [15, 'email'],
    [30, 'registered_letter'],
    [45, 'formal_notice'],
    [60, 'court_filing'],
  ]);

  await page.getByLabel('Scénario par défaut').selectOption({ label: 'Mon échelle' });
  await expect(page.getByTestId('status-scenarios')).toHaveText('Enregistré.');
  await expect.poll(async () => (await storedSettings(page))?.defaultScenarioId).toBe(mine?.id);
});

test('the CSV export, imported into a fresh profile, gives the same invoices', async ({ session }) => {
  const page = await session.context.newPage();
  await seed(session, page);
  await extensionPage(session, page, 'dashboard.html#backup');
  const csv = await downloaded(page, 'export-csv');
  expect(csv.name).toMatch(/^echeance-factures-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text.startsWith('\uFEFFnumero;client;email;montant_ttc')).toBe(true);
  expect(csv.text).toContain(';1 234,56;');
  const shape = async (p: Page) => {
    const clients = new Map((await readStore<Record<string, unknown>>(p, 'clients')).map((c) => [c.id, c]));
    return (await readStore<Record<string, unknown>>(p, 'invoices'))
      .map((i) => {
        const c = clients.get(i.clientId) ?? {};
        return [
          i.number,
          i.totalCents,
          i.outstandingCents,
          i.issueDate,
          i.dueDate,
          c.name,
          c.kind,
          c.emails,
          c.phone,
          c.address,
          c.siren,
        ];
      })
      .sort();
  };
  const original = await shape(page);

  const freshDir = mkdtempSync(join(tmpdir(), 'echeance-fresh-'));
  const fresh = await launch(freshDir);
  try {
    const page2 = await fresh.context.newPage();
    await extensionPage(fresh, page2, 'dashboard.html#import');
    await page2
      .getByTestId('csv-input')
      .setInputFiles({ name: csv.name, mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
    await page2.getByTestId('import-confirm').click();
    await expect(page2.getByTestId('import-done')).toContainText('3 factures importées.');
    expect(await shape(page2)).toEqual(original);
    expect(fresh.leaks).toEqual([]);
  } finally {
    await fresh.close();
    rmSync(freshDir, { recursive: true, force: true });
  }
});

test('the .ics export parses and holds one event per upcoming step', async ({ session }) => {
  const page = await session.context.newPage();
  await seed(session, page);
  await extensionPage(session, page, 'dashboard.html#backup');
  const ics = await downloaded(page, 'export-ics');
  expect(ics.name).toMatch(/\.ics$/);
  const calendar = parseIcs(ics.text);
  expect(calendar.problems).toEqual([]);
  // Standard scenario, 5 steps: all 5 ahead for the invoice not yet due, all 5 for the one
  // 10 days late (its J+7 email today), none for the paid one.
  expect(calendar.events).toHaveLength(10);
  await expect(page.getByTestId('export-message')).toHaveText('10 relances à venir exportées.');
  const late = calendar.events.filter((e) => e.SUMMARY?.includes('F-2026-002'));
  expect(late[0]).toMatchObject({
    'DTSTART;VALUE=DATE': day(0).replace(/-/g, ''),
    SUMMARY: 'Relance courtoise — F-2026-002 (Studio « Lumière », Lyon) · 1 000,50 €',
  });
  expect(calendar.events.some((e) => e.SUMMARY?.includes('F-2026-003'))).toBe(false);
});
