// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { NOTHING_IN_PDF } from '../../../../core/extract/pdf-found';
import type { PdfFound } from '../../../../core/extract/schema';
import { extractPaymentFields } from '../../../../core/extract/text';
import { detectInvoice } from '../../../../core/sites/gmail/detect';
import { mergePdf } from '../../../../core/sites/gmail/merge-pdf';
import { parseThread } from '../../../../core/sites/gmail/parse-thread';
import { DetectedGmailInvoiceSchema } from '../../../../core/sites/gmail/schema';
import type { DetectedGmailInvoice } from '../../../../core/sites/gmail/types';
import { ME, openThread } from './load-sim';

function detected(key: string): DetectedGmailInvoice {
  openThread(key, '', key === 'facture-pdf-seule' ? 'all' : 'sent');
  const thread = parseThread(document);
  const found = thread && detectInvoice(thread, ME, extractPaymentFields);
  if (!found) throw new Error(`nothing detected in ${key}`);
  return found;
}

const pdf = (found: Partial<PdfFound>): PdfFound => ({ ...NOTHING_IN_PDF, source: 'text', ...found });

describe('mergePdf', () => {
  it('fills from the PDF text what the email left out, and the issue date it only guessed', () => {
    const email = detected('facture-pdf-seule');
    expect(email).toMatchObject({ number: 'F-2026-005', totalCents: null, dueDate: null });
    expect(email.sources.issueDate).toBe('message-date');
    const merged = mergePdf(
      email,
      pdf({
        number: 'F-2026-005',
        issueDate: '2026-02-01',
        dueDate: '2026-03-04',
        totalCents: 120_000,
        currency: 'EUR',
        buyerName: 'Lumen',
        mentionsPenalty: true,
        penaltyRatePercent: 10,
        mentionsIndemnity: true,
      }),
    );
    expect(merged).toMatchObject({
      number: 'F-2026-005',
      totalCents: 120_000,
      currency: 'EUR',
      dueDate: '2026-03-04',
      issueDate: '2026-02-01',
      // The recipient's name from the email stays: the PDF's buyer only fills a blank.
      clientName: 'Lumen SAS',
      penaltyMention: true,
      penaltyRatePercent: 10,
      indemnityMention: true,
    });
    expect(merged.sources).toMatchObject({
      number: 'subject',
      totalCents: 'pdf',
      dueDate: 'pdf',
      issueDate: 'pdf',
      clientName: 'recipients',
    });
    expect(DetectedGmailInvoiceSchema.parse(merged)).toEqual(merged);
  });

  it('never lets the PDF text override what the email states', () => {
    const email = detected('virement-effectue');
    const merged = mergePdf(
      email,
      pdf({ number: 'X-1', totalCents: 1, dueDate: '2030-01-01', currency: 'USD' }),
    );
    expect(merged).toMatchObject({
      number: 'F-2026-003',
      totalCents: 85_000,
      currency: 'EUR',
      dueDate: '2026-01-31',
    });
  });

  it('lets the structured data of a Factur-X PDF win over the email text', () => {
    const email = detected('long-50');
    const merged = mergePdf(
      email,
      pdf({
        source: 'facturx',
        number: 'F20260023',
        totalCents: null,
        amountDueCents: 10_490,
        dueDate: '2026-03-02',
        issueDate: '2026-01-31',
        currency: 'EUR',
        paymentTerms: '30 jours',
      }),
    );
    expect(merged).toMatchObject({
      number: 'F20260023',
      totalCents: 10_490,
      dueDate: '2026-03-02',
      issueDate: '2026-01-31',
      paymentTerms: '30 jours',
      penaltyMention: false,
      indemnityMention: false,
    });
    expect(merged.sources).toMatchObject({ number: 'pdf', totalCents: 'pdf', dueDate: 'pdf' });
  });

  it('keeps every field a structured PDF lacks as detected, and ignores an unreadable PDF', () => {
    const email = detected('facture-pdf');
    const merged = mergePdf(email, pdf({ source: 'ubl', number: 'U-9' }));
    expect(merged).toMatchObject({
      number: 'U-9',
      totalCents: 150_000,
      dueDate: '2026-03-15',
      currency: 'EUR',
    });
    expect(mergePdf(email, NOTHING_IN_PDF)).toBe(email);
    expect(email.sources.number).toBe('subject');
  });
});
