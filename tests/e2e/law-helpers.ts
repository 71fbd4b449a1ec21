/** What the law specs (issue #14) share: seeding invoices through the protocol, reading a PDF. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { ARTIFACTS, expect } from './fixtures';
import { sendMessage } from './helpers';

/** Imports invoices as the dashboard would (one `invoices/import`) and checks they all went in. */
export async function importInvoices(page: Page, items: Record<string, unknown>[]): Promise<void> {
  const answer = await sendMessage(page, 'invoices/import', {
    origin: { kind: 'csv', fileName: null },
    items,
  });
  expect(answer).toMatchObject({ ok: true, data: { imported: items.length } });
}

/** Saves a downloaded PDF under the artifacts and returns its text (pdftotext -layout), spaces folded. */
export async function savedPdfText(file: Download, name: string): Promise<string> {
  const path = join(ARTIFACTS, name);
  await file.saveAs(path);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
