import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildStatementOfAccountPdf,
  statementOfAccountMail,
  statementOfAccountText,
} from '../../../core/documents';
import * as S from '../../fixtures/documents/samples';
import { flat, garbled, pdfText, writeTemp } from './pdf-text';

// Three open invoices of one client: one late and partly paid, one late, one not yet due.
const third = S.invoice({
  id: 'i-acme-3',
  number: 'F-2026-012',
  clientId: S.acme.id,
  issueDate: '2026-03-20',
  dueDate: '2026-04-19',
  totalCents: 90_000,
});
const input = {
  ...S.acmeTwoInput,
  invoices: [S.acmeInvoice, S.acmeInvoice2, third],
};

describe('the statement of account', () => {
  it('lists every open invoice with what was paid, what is due and the penalties, read back with pdftotext', () => {
    const file = buildStatementOfAccountPdf(input);
    expect(file.fileName).toBe('Releve-de-compte_Acme-Oeuvres-SAS_2026-04-02.pdf');
    const raw = pdfText(file.bytes);
    expect(garbled(raw)).toEqual([]);
    const text = flat(raw).replace(/\s+/g, ' ');
    for (const phrase of [
      'Relevé de compte',
      'Acmé Œuvres SAS',
      'F-2026-001 15/01/2026 14/02/2026 1 500,00 € 0,00 € 1 500,00 € 47',
      'F-2026-007 01/02/2026 03/03/2026 4 200,00 € 1 200,00 € 3 000,00 € 30',
      'F-2026-012 20/03/2026 19/04/2026 900,00 € 0,00 € 900,00 € —',
      'Total 6 600,00 € 1 200,00 € 5 400,00 €',
      'Règlements reçus',
      '20/03/2026 : 1 200,00 € sur la facture F-2026-007',
      'pénalités de retard à ce jour',
      'Référence à indiquer F-2026-001, F-2026-007, F-2026-012',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
    // Look at it: the first page as PNG next to the e2e artifacts.
    const out = join(import.meta.dirname, '../../e2e/.artifacts');
    mkdirSync(out, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      writeTemp(file.bytes),
      join(out, 'statement-of-account'),
    ]);
  });

  it('the same statement as the body of one grouped reminder', () => {
    const text = statementOfAccountText(input).replace(/[\u00a0\u202f]/g, ' ');
    expect(text.split('\n')).toEqual([
      'Relevé de compte au 02/04/2026 :',
      '- F-2026-001 du 15/01/2026, échue le 14/02/2026 : 1 500,00 €, réglé 0,00 €, reste dû 1 500,00 € (47 j de retard)',
      '- F-2026-007 du 01/02/2026, échue le 03/03/2026 : 4 200,00 €, réglé 1 200,00 €, reste dû 3 000,00 € (30 j de retard)',
      '- F-2026-012 du 20/03/2026, échue le 19/04/2026 : 900,00 €, réglé 0,00 €, reste dû 900,00 €',
      'Total restant dû : 5 400,00 €',
    ]);
  });
});

describe('the grouped reminder with the statement of account', () => {
  it('greets, lists the 3 invoices, adds the penalties and the payment block, signs', () => {
    const mail = statementOfAccountMail(input);
    const body = mail.body.replace(/[\u00a0\u202f]/g, ' ');
    expect(mail.to).toEqual(input.client.emails);
    expect(mail.numbers).toEqual(['F-2026-001', 'F-2026-007', 'F-2026-012']);
    expect(mail.subject.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^Relevé de compte au 02\/04\/2026/);
    const paragraphs = body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Bonjour/);
    expect(paragraphs[1]).toBe('Voici l’état de votre compte : 3 factures restent à régler.');
    expect(paragraphs[2]).toBe(statementOfAccountText(input).replace(/[\u00a0\u202f]/g, ' '));
    expect(body).toMatch(/s’y ajoutent des pénalités de retard de [\d ,]+ € et l’indemnité forfaitaire/);
    expect(body).toContain('en indiquant la référence F-2026-001, F-2026-007, F-2026-012.');
    expect(body).toContain(`IBAN : ${input.settings.identity.iban}`);
    expect(paragraphs.at(-1)).toMatch(/^Bien cordialement,\n\S/);
  });

  it('in English, with one invoice, says so without « (s) »', () => {
    const one = statementOfAccountMail({ ...input, invoices: [third], lang: 'en' });
    expect(one.body).toContain('one invoice is still to be paid');
    expect(one.body).toMatch(/^(Dear \S+,|Hello,)\n\nHere is where your account stands/);
    expect(one.body).not.toContain('(s)');
  });
});
