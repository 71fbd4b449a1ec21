import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { toDayNumber } from '../../core/dates';
import { isWorkingDay } from '../../core/dunning/calendar';
import { extensionPage, type Session } from './browser';
import { GMAIL, serveGmail, THREAD } from './gmail-sim';
import { readAllRows } from './idb-read';

/** The local calendar day, `offset` days from today (the browser runs in the same time zone). */
export function day(offset = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Whether today is a working day for the ladder (core/dunning/calendar.ts): on a Sunday or a
 * French public holiday, steps due today move to the next working day, so a scenario built on
 * « due today » cannot hold and is skipped rather than asserted differently.
 */
export function todayIsWorkingDay(): boolean {
  return isWorkingDay(toDayNumber(day(0)));
}

export const CSV_HEADER = 'numero;client;email;montant_ttc;date_emission;date_echeance;type_client;telephone';

/** Sends a protocol message from an extension page, as the popup or dashboard would. */
export async function sendMessage(page: Page, name: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    ([n, p]) =>
      // biome-ignore lint/suspicious/noExplicitAny: the page's own extension API, untyped here.
      (globalThis as any).chrome.runtime.sendMessage({ channel: 'echeance', name: n, payload: p }),
    [name, payload] as const,
  );
}

/** Imports CSV text through the dashboard UI and waits for the write. */
export async function importCsvText(
  session: Session,
  page: Page,
  csv: string,
  expected: number,
): Promise<void> {
  await extensionPage(session, page, 'dashboard.html#invoices');
  await page
    .getByTestId('csv-input')
    .setInputFiles({ name: 'factures.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText(
    expected === 1 ? '1 facture importée.' : `${expected} factures importées.`,
  );
}

/** Reads a whole object store of the extension's IndexedDB from one of its pages. */
export async function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return (await page.evaluate(readAllRows, store)) as T[];
}

// The extension's CSP forbids inline scripts (addScriptTag); evaluating through the
// DevTools protocol is not subject to it.
const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the page, in the given themes (contrast differs). */
export async function axeViolations(
  page: Page,
  schemes: readonly ('light' | 'dark')[] = ['light', 'dark'],
): Promise<string[]> {
  await page.evaluate(AXE);
  const found: string[] = [];
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script.
      const result = await (globalThis as any).axe.run(document, { resultTypes: ['violations'] });
      return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    found.push(...violations.map((v) => `[${scheme}] ${v}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/**
 * Fills the « Avant de générer ce courrier » form (issue #19) a posted letter shows when the
 * sender or the recipient address is missing, and waits until it is saved.
 */
export async function completeLetterParts(
  scope: Page | Locator,
  values: Partial<Record<'sender-name' | 'sender-address' | 'recipient-address', string>> = {},
): Promise<void> {
  const form = scope.getByTestId('document-parts');
  // The form comes with the panel, once its code and the case are read: which fields it asks is
  // only known then (counting them before would find none and fill nothing).
  await expect(form).toBeVisible();
  const filled = {
    'sender-name': 'Camille Lefèvre',
    'sender-address': '12 rue des Lilas\n69003 Lyon',
    'recipient-address': '8 avenue de l’Europe\n92400 Courbevoie',
    ...values,
  };
  for (const [part, value] of Object.entries(filled)) {
    const field = form.getByTestId(`parts-${part}`);
    if ((await field.count()) > 0) await field.fill(value);
  }
  await form.getByTestId('parts-save').click();
  await expect(scope.getByTestId('parts-saved')).toBeVisible();
}

/**
 * Opens an action of a popup (or dashboard) « Aujourd'hui » row: its verb when that is the action
 * (`verb`, the row's data-verb), else the « ⋯ » menu's button `testId`.
 */
export async function openRowAction(row: Locator, verb: string, testId: string): Promise<void> {
  const main = row.getByTestId('row-main');
  if ((await main.getAttribute('data-verb')) === verb) return main.click();
  await row.getByTestId('row-more').click();
  await row.getByTestId(testId).click();
}

/**
 * Tracks the simulator's `facturePdf` thread (F-2026-001, 1 500 €, its PDF attached) from the
 * Gmail card, as a user would, then closes the tab: the invoice is in the database with its PDF.
 */
export async function trackFacturePdfInGmail(session: Session): Promise<void> {
  serveGmail(session);
  const gmail = await session.context.newPage();
  await gmail.goto(`${GMAIL}?hl=fr#sent/${THREAD.facturePdf}`);
  await gmail.getByRole('button', { name: 'Suivre', exact: true }).click();
  await gmail.getByTestId('track-form').getByRole('button', { name: 'Suivre la facture' }).click();
  await expect(gmail.getByTestId('card-status')).toContainText('relance ferme (J+7)');
  await gmail.close();
}
