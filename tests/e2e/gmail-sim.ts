import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gmailSimResponse } from '../fixtures/gmail/serve';
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
};

/** Legacy thread id (the `th` of an attachment URL) → the PDF that thread attaches. */
const SIM_PDFS: Record<string, string> = {
  '18c1a2b3c4d5e6f1': 'facture-pdf',
  '18c1a2b3c4d5e6f3': 'virement-effectue',
  '18c1a2b3c4d5e6f5': 'long-50',
  '18c1a2b3c4d5e6f6': 'hostile',
  '18c1a2b3c4d5e6f7': 'invoice-en',
  '18c1a2b3c4d5e6f9': 'facture-pdf-seule',
};

const PDF_DIR = resolve(import.meta.dirname, '../fixtures/gmail/pdf');
const FALLBACK_PDF = resolve(import.meta.dirname, '../fixtures/extract/pdf/fr-micro-entrepreneur.pdf');

/**
 * Serves the Gmail simulator (tests/fixtures/gmail) at Gmail's real address. Each thread's
 * attachment is a PDF that agrees with its email (tests/fixtures/gmail/generate-pdfs.ts);
 * `pdfs` replaces it for some threads (legacy thread id → file path).
 */
export function serveGmail(session: Pick<Session, 'hosts'>, pdfs: Record<string, string> = {}): void {
  session.hosts.set(GMAIL, (url) => {
    const answer = gmailSimResponse(url.href);
    if (answer.kind === 'file') return { body: readFileSync(answer.path), contentType: answer.contentType };
    if (answer.kind === 'attachment') {
      const sim = SIM_PDFS[answer.threadId];
      const path = pdfs[answer.threadId] ?? (sim ? resolve(PDF_DIR, `${sim}.pdf`) : FALLBACK_PDF);
      return { body: readFileSync(path), contentType: 'application/pdf' };
    }
    return null;
  });
}
