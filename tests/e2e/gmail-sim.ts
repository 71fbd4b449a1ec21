import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { ATTACHMENT_HOST, gmailSimResponse } from '../fixtures/gmail/serve';
import type { Session } from './browser';

export const GMAIL = 'https://mail.google.com/mail/u/0/';
export const THREAD = {
  facturePdf: 'FMfcgzQbgJPvWcKtQhLnRsDxBmZkFwTa',
  factureCorps: 'FMfcgzQbgJPwXdLvRjMpStEyCnAlGxUb',
  virement: 'FMfcgzQbgJPxYfMwSkNqTuFzDoBmHyVc',
  dejeuner: 'FMfcgzQbgJPzZgNxTlPrVvGaEpCnJzWd',
  long50: 'FMfcgzQbgJQbAhPyVmQsWwHbFqDoKaXe',
  hostile: 'FMfcgzQbgJQcBjQzWnRtXxJcGrEpLbYf',
  invoiceEn: 'FMfcgzQbgJQdCkRaXoSvYyKdHsFqMcZg',
  /** Only in #all: the email says « ci-joint ma facture », the PDF says the rest. */
  pdfOnly: 'FMfcgzQbgJQgEnTcZqUxAaMfKuHsOeBi',
  /** Late 2026: the client replied, the invoice is collapsed; the subject holds an address. */
  replied: 'FMfcgzQbgJQhFoUdArVyBbNgLvItPfCj',
};

/** Legacy thread id (the `th` of an attachment URL) → the PDF that thread attaches. */
const SIM_PDFS: Record<string, string> = {
  '18c1a2b3c4d5e6f1': 'facture-pdf',
  '18c1a2b3c4d5e6f3': 'virement-effectue',
  '18c1a2b3c4d5e6f5': 'long-50',
  '18c1a2b3c4d5e6f6': 'hostile',
  '18c1a2b3c4d5e6f7': 'invoice-en',
  '18c1a2b3c4d5e6f9': 'facture-pdf-seule',
  '18c1a2b3c4d5e6fa': 'facture-repondue',
};

const PDF_DIR = resolve(import.meta.dirname, '../fixtures/gmail/pdf');
const FALLBACK_PDF = resolve(import.meta.dirname, '../fixtures/extract/pdf/fr-micro-entrepreneur.pdf');

/** The PDF a thread attaches (by its legacy id), or the one `pdfs` puts in its place. */
export function attachmentPdf(threadId: string, pdfs: Record<string, string> = {}): Buffer {
  const sim = SIM_PDFS[threadId];
  return readFileSync(pdfs[threadId] ?? (sim ? resolve(PDF_DIR, `${sim}.pdf`) : FALLBACK_PDF));
}

/**
 * How Gmail's attachment URL answers when intercepted: `direct` (the PDF from mail.google.com
 * itself, as before 2026) or `broken` (404). The late-2026 302 to
 * mail-attachment.googleusercontent.com cannot be answered by interception (Chromium then fails
 * the fetch): `gmail-redirect.ts` serves it from a real local server.
 */
export type AttachmentMode = 'direct' | 'broken';

/**
 * Serves the Gmail simulator (tests/fixtures/gmail) at Gmail's real address. Each thread's
 * attachment is a PDF that agrees with its email (tests/fixtures/gmail/generate-pdfs.ts);
 * `pdfs` replaces it for some threads (legacy thread id → file path).
 */
export function serveGmail(
  session: Pick<Session, 'hosts'>,
  pdfs: Record<string, string> = {},
  attachments: AttachmentMode = 'direct',
): void {
  const pdf = (threadId: string) => ({ body: attachmentPdf(threadId, pdfs), contentType: 'application/pdf' });
  const notFound = { status: 404, body: 'Not found', contentType: 'text/plain' };
  const answer = (url: URL) => {
    const found = gmailSimResponse(url.href);
    if (found.kind === 'file')
      return { body: readFileSync(found.path), contentType: found.contentType, headers: found.headers };
    if (found.kind === 'redirect') {
      if (attachments === 'broken') return notFound;
      return pdf(new URL(found.location).searchParams.get('th') ?? '');
    }
    if (found.kind === 'attachment') return attachments === 'broken' ? notFound : pdf(found.threadId);
    return null;
  };
  session.hosts.set(GMAIL, answer);
  session.hosts.set(ATTACHMENT_HOST, answer);
}

/**
 * Opens a Gmail thread in a new page, recording everything its console says and every page
 * error.
 */
export async function openLogged(session: Session, hash: string): Promise<{ page: Page; logged: string[] }> {
  const page = await session.context.newPage();
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  page.on('pageerror', (e) => logged.push(e.message));
  await page.goto(`${GMAIL}?hl=fr#${hash}`);
  return { page, logged };
}
