/**
 * The daily backup (issue #20) in the built extension, real Chromium and IndexedDB: a folder is
 * chosen once, the first backup is written at once, the daily alarm — a real chrome.alarms
 * alarm waking a stopped service worker — writes the day's file again after a change and keeps
 * the last N days; then a fresh profile restores from a copy of that folder.
 *
 * The folder: no automation can click through the operating system's folder dialog
 * (`showDirectoryPicker`; Playwright's file chooser covers <input type=file> only). The e2e
 * build lets the test give the button a real FileSystemDirectoryHandle instead — a folder of the
 * extension's origin private file system (`navigator.storage.getDirectory()`), whose files are
 * real files written by the shipped code through the same handle API (core/platform/
 * backup-folder.ts). The second profile receives the first one's files byte for byte, as a
 * cloud drive would sync them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { autoBackupName, readBackup } from '../../core/backup';
import { ARTIFACTS, expect, extensionPage, launch, type Session, test } from './fixtures';
import { day, readStore, sendMessage } from './helpers';

const item = (number: string, clientName: string, dueDate: string) => ({
  number,
  clientName,
  clientEmail: `compta@${clientName.toLowerCase().replace(/\W+/g, '')}.test`,
  clientKind: 'pro',
  totalCents: 150_000,
  amountDueCents: 150_000,
  issueDate: day(-60),
  dueDate,
});

async function importItems(page: Page, items: ReturnType<typeof item>[]) {
  const answer = await sendMessage(page, 'invoices/import', {
    origin: { kind: 'csv', fileName: null },
    items,
  });
  expect(answer).toMatchObject({ ok: true, data: { imported: items.length } });
}

/** The page's folder dialog answers with `folder` of the origin private file system (see above). */
async function pickerGives(page: Page, folder: string) {
  await page.evaluate((name) => {
    Object.assign(globalThis, {
      __echeanceTestPickFolder: async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true }),
    });
  }, folder);
}

/** Every file of `folder/Echeance`, as base64 of its bytes. */
async function filesIn(page: Page, folder: string): Promise<Record<string, string>> {
  return page.evaluate(async (name) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
    const dir = await root.getDirectoryHandle('Echeance');
    const out: Record<string, string> = {};
    // biome-ignore lint/suspicious/noExplicitAny: values() is not in TypeScript's DOM library yet.
    for await (const h of (dir as any).values() as AsyncIterable<FileSystemFileHandle>) {
      const bytes = new Uint8Array(await (await h.getFile()).arrayBuffer());
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      out[h.name] = btoa(bin);
    }
    return out;
  }, folder);
}

/** Writes files (base64) into `folder/Echeance`, as a sync client would bring them. */
async function putFiles(page: Page, folder: string, files: Record<string, string>) {
  await page.evaluate(
    async ([name, all]) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
      const dir = await root.getDirectoryHandle('Echeance', { create: true });
      for (const [file, b64] of Object.entries(all)) {
        const w = await (await dir.getFileHandle(file, { create: true })).createWritable();
        await w.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
        await w.close();
      }
    },
    [folder, files] as const,
  );
}

const text = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');

async function invoicesOf(b64: string | undefined): Promise<string[]> {
  expect(b64, 'the file exists').toBeDefined();
  const read = await readBackup(text(b64!));
  expect(read.ok && read.checksum, 'a complete backup whose checksum verifies').toBe('verified');
  return read.ok ? read.backup.invoices.map((i) => i.number).sort() : [];
}

test('the daily backup is written to the chosen folder, keeps the last days, and restores into a fresh profile', async ({
  session,
}) => {
  test.setTimeout(180_000);
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await extensionPage(session, page, 'dashboard.html#backup');
  await importItems(page, [item('F-1', 'Acme SAS', day(-20)), item('F-2', 'Lumen SARL', day(5))]);
  // Backups of earlier days already in the folder, and a file of the user's that stays.
  const older = [5, 4, 3, 2].map((n) => autoBackupName(day(-n)));
  await putFiles(page, 'Mon Drive', {
    ...Object.fromEntries(older.map((n) => [n, btoa('{}')])),
    'mes-notes.txt': btoa('à garder'),
  });

  // Chosen once: the first backup is written at once, and the settings say so.
  await pickerGives(page, 'Mon Drive');
  await page.getByTestId('auto-backup-choose').click();
  const today = autoBackupName(day(0));
  await expect(page.getByTestId('auto-backup-folder')).toHaveText(
    'Dossier : « Mon Drive », dans le sous-dossier « Echeance ».',
  );
  await expect(page.getByTestId('auto-backup-last')).toContainText(today);
  expect(await invoicesOf((await filesIn(page, 'Mon Drive'))[today])).toEqual(['F-1', 'F-2']);

  // Keep 3 days: saved as typed, no button. A wrong value says what to type.
  const keep = page.getByLabel('Jours de sauvegarde gardés');
  await keep.fill('0');
  await keep.blur();
  await expect(page.getByTestId('auto-backup-keep-error')).toHaveText(
    'Tapez un nombre entier de jours entre 1 et 365, par exemple 14.',
  );
  await keep.fill('3');
  await keep.blur();
  await expect(page.getByTestId('auto-backup-keep-saved')).toHaveText('Enregistré.');
  await expect(page.getByTestId('auto-backup-keep-error')).toHaveCount(0);
  const [settings] = await readStore<{ value: { autoBackupKeep: number } }>(page, 'settings');
  expect(settings?.value.autoBackupKeep).toBe(3);

  // A change, then the daily alarm: the worker is stopped and a real alarm wakes it.
  await importItems(page, [item('F-3', 'Xylo SAS', day(-40))]);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await session.worker.evaluate(() => chrome.alarms.create('backup', { when: Date.now() + 3000 }));
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect
    .poll(async () => invoicesOf((await filesIn(page, 'Mon Drive'))[today]), { timeout: 40_000 })
    .toEqual(['F-1', 'F-2', 'F-3']);
  // The newest 3 days stay (today and the two before), the user's file too.
  const files = await filesIn(page, 'Mon Drive');
  expect(Object.keys(files).sort()).toEqual([older[2], older[3], today, 'mes-notes.txt'].sort());
  // The alarm is planned again for the next day.
  const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  await expect
    .poll(async () => (await worker.evaluate(() => chrome.alarms.getAll())).map((a) => a.name))
    .toContain('backup');
  await page.getByTestId('auto-backup').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'auto-backup-settings-fr.png'), fullPage: true });

  // Another computer: a fresh profile, the folder synced by the user's cloud drive.
  const freshDir = mkdtempSync(join(tmpdir(), 'echeance-fresh-'));
  const fresh: Session = await launch(freshDir);
  try {
    const page2 = await fresh.context.newPage();
    await page2.setViewportSize({ width: 1100, height: 900 });
    await extensionPage(fresh, page2, 'dashboard.html#backup');
    await putFiles(page2, 'Drive', files);
    await pickerGives(page2, 'Drive');
    await page2.getByTestId('folder-restore-choose').click();
    const list = page2.getByTestId('folder-restore-list').getByRole('listitem');
    // Newest first; the empty older files are listed too (they are ours by name).
    await expect(list).toHaveCount(3);
    await expect(list.first()).toContainText(today);
    await page2.screenshot({ path: join(ARTIFACTS, 'auto-backup-restore-list-fr.png'), fullPage: true });
    await list.first().getByRole('button').click();
    await expect(page2.getByTestId('restore-holds')).toContainText('3 factures, 3 clients');
    await page2.getByTestId('restore-replace').click();
    await expect(page2.getByTestId('backup-message')).toBeVisible({ timeout: 30_000 });
    const numbers = (await readStore<{ number: string }>(page2, 'invoices')).map((i) => i.number).sort();
    expect(numbers).toEqual(['F-1', 'F-2', 'F-3']);
    expect(fresh.leaks).toEqual([]);
  } finally {
    await fresh.close();
    rmSync(freshDir, { recursive: true, force: true });
  }
});
