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
};

const PDF = resolve(import.meta.dirname, '../fixtures/extract/pdf/fr-micro-entrepreneur.pdf');

/** Serves the Gmail simulator (tests/fixtures/gmail) at Gmail's real address. */
export function serveGmail(session: Session): void {
  session.hosts.set(GMAIL, (url) => {
    const answer = gmailSimResponse(url.href);
    if (answer.kind === 'file') return { body: readFileSync(answer.path), contentType: answer.contentType };
    if (answer.kind === 'attachment') return { body: readFileSync(PDF), contentType: 'application/pdf' };
    return null;
  });
}
