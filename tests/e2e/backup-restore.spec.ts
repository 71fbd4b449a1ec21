/**
 * Restore in the built extension, real Chromium and IndexedDB: a 70 MB backup with PDFs into
 * a profile holding other data (confirmation, safety copy, exact data), « Fusionner » with
 * conflicts, a newer format refused, and whether the browser keeps the data for good.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { type BackupContent, backupFile, readBackup } from '../../core/backup';
import { DEFAULT_SETTINGS } from '../../core/model';
import { ARTIFACTS, expect, extensionPage, type Session, test } from './fixtures';

const CSV = resolve(import.meta.dirname, '../fixtures/csv/twenty-invoices-three-bad.csv');

/** A real PDF (one page, the number printed) carrying `padBytes` of random data as an attachment. */
async function pdfOf(number: string, padBytes: number): Promise<string> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(`Facture ${number}`, {
    x: 60,
    y: 760,
    size: 20,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  const pad = new Uint8Array(padBytes);
  for (let i = 0; i < pad.length; i += 65_536) crypto.getRandomValues(pad.subarray(i, i + 65_536));
  await doc.attach(pad, 'annexe.bin', { mimeType: 'application/octet-stream' });
  return Buffer.from(await doc.save({ useObjectStreams: false })).toString('base64');
}

async function bigContent(withFiles = true): Promise<BackupContent> {
  const clients = Array.from({ length: 40 }, (_, i) => ({
    id: `big-c${i}`,
    name: `Client ${i} SAS`,
    kind: 'pro' as const,
    contactFirstName: null,
    emails: [`compta${i}@client.test`],
    phone: null,
    address: null,
    siren: null,
    addressing: 'vous' as const,
    language: 'fr' as const,
    scenarioId: null,
    notes: '',
    proceedings: null,
    workSuspended: false,
  }));
  const files = [];
  for (let i = 0; i < (withFiles ? 5 : 0); i++) {
    files.push({
      id: `big-f${i}`,
      invoiceId: `big-i${i}`,
      name: `B-${i}.pdf`,
      mime: 'application/pdf',
      base64: await pdfOf(`B-${i}`, 10_500_000),
    });
  }
  const invoices = Array.from({ length: 400 }, (_, i) => ({
    id: `big-i${i}`,
    number: `B-${i}`,
    clientId: `big-c${i % 40}`,
    issueDate: '2026-01-10',
    dueDate: '2026-02-09',
    paymentTerms: null,
    totalCents: 10_000 + i,
    amountDueCents: 10_000 + i,
    currency: 'EUR',
    contractualRatePercent: null,
    mentions: { dueDate: true, penaltyRate: false, recoveryIndemnity: false },
    origin: { kind: 'csv' as const, fileName: null },
    fileId: withFiles && i < 5 ? `big-f${i}` : null,
    createdAt: '2026-01-10T10:00:00.000Z',
    status: 'open' as const,
    outstandingCents: 10_000 + i,
    nextActionDate: null,
  }));
  const events = invoices.slice(0, 100).map((inv, i) => ({
    id: `big-e${i}`,
    invoiceId: inv.id,
    type: 'payment' as const,
    amountCents: 100,
    date: '2026-02-20',
    createdAt: '2026-02-20T10:00:00.000Z',
    note: '',
  }));
  return { settings: DEFAULT_SETTINGS, clients, invoices, events, scenarios: [], files };
}

async function writeBackup(content: BackupContent, name: string): Promise<string> {
  const path = join(ARTIFACTS, name);
  writeFileSync(path, (await backupFile(content, '2026-03-01T08:00:00.000Z')).parts.join(''));
  return path;
}

async function importCsv(session: Session, page: Page) {
  await extensionPage(session, page, 'dashboard.html#import');
  await page.getByTestId('csv-input').setInputFiles(CSV);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toBeVisible();
}

/**
 * What the extension holds now, through its own export — streamed from the database
 * (core/db/export.ts) — whose checksum restore must verify.
 */
async function exported(page: Page): Promise<Record<string, unknown[]>> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('backup-export').click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  const read = await readBackup(text);
  expect(read.ok && read.checksum, 'the exported file verifies').toBe('verified');
  return JSON.parse(text);
}

/** Rows sorted by id, without the cached state a restore recomputes from the events. */
function comparable(rows: unknown[]): unknown[] {
  return (rows as Record<string, unknown>[])
    .map(({ status: _s, outstandingCents: _o, nextActionDate: _n, ...rest }) => rest)
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

test('a 70 MB backup with PDFs replaces other data: confirmation, safety copy, exact data', async ({
  session,
}) => {
  test.setTimeout(300_000);
  const content = await bigContent();
  const path = await writeBackup(content, 'backup-70mb.json');
  const size = readFileSync(path).length;
  expect(size).toBeGreaterThan(70_000_000);
  const page = await session.context.newPage();
  await importCsv(session, page);
  await page.goto(page.url().replace(/#.*$/, '#backup'));
  await page.getByTestId('backup-input').setInputFiles(path);
  await expect(page.getByTestId('restore-holds')).toContainText(
    '400 factures, 40 clients, 100 événements, 5 documents',
    {
      timeout: 60_000,
    },
  );
  await expect(page.getByTestId('restore-current')).toContainText('17 factures, 4 clients');
  await page.screenshot({ path: join(ARTIFACTS, 'backup-restore-preview-fr.png'), fullPage: true });
  const [safety] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('restore-replace').click(),
  ]);
  expect(safety.suggestedFilename()).toMatch(/^echeance-avant-restauration-.*\.json$/);
  const saved = JSON.parse(readFileSync((await safety.path())!, 'utf8'));
  expect(saved.invoices).toHaveLength(17);
  await expect(page.getByTestId('backup-message')).toContainText(
    'Sauvegarde restaurée : 400 factures, 40 clients',
    {
      timeout: 240_000,
    },
  );
  await page.screenshot({ path: join(ARTIFACTS, 'backup-restore-done-fr.png'), fullPage: true });
  const now = await exported(page);
  for (const table of ['clients', 'invoices', 'events', 'files'] as const) {
    expect(comparable(now[table]!), table).toEqual(comparable(content[table] as unknown[]));
  }
});

test('« Fusionner » keeps both sets and lists the conflicts', async ({ session }) => {
  const page = await session.context.newPage();
  await importCsv(session, page);
  await page.goto(page.url().replace(/#.*$/, '#backup'));
  const content = await bigContent(false);
  content.invoices = content.invoices.slice(0, 3);
  content.events = [];
  content.invoices[2]!.number = 'F-2026-001'; // already tracked here
  const path = await writeBackup(content, 'backup-merge.json');
  await page.getByTestId('backup-input').setInputFiles(path);
  await expect(page.getByTestId('restore-merge-plan')).toContainText(
    'Conflits, gardés tels qu’ils sont ici : 1',
  );
  await page.getByTestId('restore-merge').click();
  await expect(page.getByTestId('backup-message')).toContainText('Fusion terminée. Ajouté : 2 factures');
  await expect(page.getByTestId('restore-conflict')).toHaveText([
    'facture F-2026-001 : ce numéro est déjà suivi, celle du fichier n’a pas été ajoutée',
  ]);
  await page.screenshot({ path: join(ARTIFACTS, 'backup-merge-fr.png'), fullPage: true });
  const now = await exported(page);
  const numbers = (now.invoices as { number: string }[]).map((i) => i.number);
  expect(numbers).toHaveLength(19);
  expect(numbers).toEqual(expect.arrayContaining(['B-0', 'B-1', 'F-2026-001', 'F-2026-002']));
});

test('a backup from a newer format is refused and changes nothing', async ({ session }) => {
  const page = await session.context.newPage();
  await importCsv(session, page);
  await page.goto(page.url().replace(/#.*$/, '#backup'));
  const before = await exported(page);
  await page.getByTestId('backup-input').setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'echeance-backup',
        version: 3,
        exportedAt: '2030-01-01T00:00:00Z',
        tables: {},
      }),
    ),
  });
  await expect(page.getByTestId('backup-message')).toContainText(
    'Sauvegarde refusée, rien n’a été modifié : elle vient d’une version plus récente d’Échéance (format 3',
  );
  await expect(page.getByTestId('restore-preview')).toHaveCount(0);
  const after = await exported(page);
  expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
});

test('the data is kept for good (navigator.storage.persisted), and the backup page says so', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await extensionPage(session, page, 'dashboard.html#backup');
  const status = page.getByTestId('storage-status');
  await expect(status).toBeVisible();
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  const state = await status.getAttribute('data-state');
  await page.screenshot({ path: join(ARTIFACTS, 'backup-storage-fr.png'), fullPage: true });
  // Headless Chromium 156 answers persist() with false for the extension even with
  // unlimitedStorage (its heuristics look at engagement, bookmarks, notifications): the page
  // must then say what that means and remind to back up, and offer to ask again.
  // Checked (issue #18): persisted() and persist() stay false, the `persistent-storage`
  // permission reads « prompt », with --unlimited-storage and with --headless=old alike;
  // the notifications content setting cannot be granted to a chrome-extension:// origin
  // through the DevTools protocol (« opaque origin »). A headed run needs a display, which
  // the CI machine does not have.
  if (persisted) {
    expect(state).toBe('persisted');
    await expect(status).toContainText('Protégées : le navigateur conservera ces données.');
  } else {
    expect(state).toBe('best-effort');
    await expect(status).toContainText('si le disque se remplit, le navigateur peut les effacer');
    await expect(status).toContainText('Exportez une sauvegarde régulièrement');
    await expect(page.getByTestId('persist-ask')).toBeVisible();
  }
});
