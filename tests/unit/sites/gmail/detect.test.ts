// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readGmailTexts } from '../../../../core/app/gmail-read-texts';
import { extractPaymentFields } from '../../../../core/extract/text';
import { EMPTY_EXTRACTION } from '../../../../core/extract/types';
import { detectInvoice, textsToRead } from '../../../../core/sites/gmail/detect';
import { parseThread } from '../../../../core/sites/gmail/parse-thread';
import type { GmailThread } from '../../../../core/sites/gmail/types';
import { ME, openThread } from './load-sim';

function parsed(key: string, query = '', folder = 'sent'): GmailThread {
  openThread(key, query, folder);
  const t = parseThread(document);
  if (!t) throw new Error(`thread ${key} not parsed`);
  return t;
}

describe('detectInvoice', () => {
  it('reads the sent invoice with its PDF: Facture F-2026-001, 1 500,00 €, due 15/03/2026', () => {
    const found = detectInvoice(parsed('facture-pdf'), ME, extractPaymentFields);
    expect(found).toMatchObject({
      threadId: '18c1a2b3c4d5e6f1',
      messageId: '18c1a2b3c4d5e6f1',
      number: 'F-2026-001',
      totalCents: 150_000,
      currency: 'EUR',
      dueDate: '2026-03-15',
      issueDate: '2026-02-13',
      clientName: 'Acme SAS',
      clientEmail: 'compta@acme.test',
      clientEmails: ['compta@acme.test'],
      contactFirstName: 'Marie',
      clientKindGuess: 'pro',
      language: 'fr',
      pdfAttachment: { name: 'Facture-F-2026-001.pdf', url: expect.stringContaining('attid=0.1') },
    });
    expect(found?.sources).toMatchObject({
      number: 'subject',
      totalCents: 'body',
      dueDate: 'body',
      issueDate: 'message-date',
      clientEmail: 'recipients',
    });
  });

  it('reads an invoice given only in the body, payable in 30 days, to a private person', () => {
    const found = detectInvoice(parsed('facture-corps', '?layout=bs'), ME, extractPaymentFields);
    expect(found).toMatchObject({
      number: 'F-2026-002',
      totalCents: 240_000,
      dueDate: null,
      paymentTerms: expect.stringContaining('30 jours'),
      clientEmail: 'jean.petit@gmail.com',
      clientKindGuess: 'particulier',
      pdfAttachment: null,
    });
  });

  it('reads an English invoice in pounds', () => {
    const found = detectInvoice(parsed('invoice-en', '?hl=en'), ME, extractPaymentFields);
    expect(found).toMatchObject({
      number: 'INV-1042',
      totalCents: 125_000,
      currency: 'GBP',
      dueDate: '2026-03-31',
      clientName: 'Northwind Ltd',
      clientKindGuess: 'pro',
      language: 'en',
    });
  });

  it('finds the invoice in the first message of a 50-message thread', () => {
    const found = detectInvoice(parsed('long-50'), ME, extractPaymentFields);
    expect(found).toMatchObject({ number: 'F-2026-004', totalCents: 360_000, dueDate: '2026-04-30' });
    expect(found?.clientEmails).toEqual(['ap@globex.test']);
  });

  it('keeps hostile names as plain strings', () => {
    const found = detectInvoice(parsed('hostile'), ME, extractPaymentFields);
    expect(found?.clientName).toBe('<img src=x onerror=alert(1)> SAS');
    expect(found?.totalCents).toBe(66_600);
    expect(found?.pdfAttachment?.name).toBe('<img src=x onerror=alert(3)>.pdf');
  });

  it('finds nothing in lunch plans', () => {
    expect(detectInvoice(parsed('dejeuner', '', 'inbox'), ME, extractPaymentFields)).toBeNull();
  });

  it('ignores an invoice the user received rather than sent', () => {
    const received = parsed('facture-recue', '', 'inbox');
    expect(detectInvoice(received, ME, extractPaymentFields)).toBeNull();
    // Without knowing who "me" is, any message counts.
    expect(detectInvoice(received, undefined, extractPaymentFields)?.number).toBe('FM-2026-02');
  });

  it('takes the text extractor as a parameter', () => {
    const thread = parsed('facture-pdf');
    const found = detectInvoice(thread, ME, () => ({
      ...EMPTY_EXTRACTION,
      number: { value: 'X-1', source: 'text' },
    }));
    expect(found?.number).toBe('X-1');
  });
});

describe('detection with the texts read by the background (gmail/read-texts)', () => {
  // The Gmail page sends textsToRead to the background, which answers readGmailTexts; the
  // page then decides with those answers. It must find exactly what reading in place finds.
  it.each([
    ['facture-pdf', '', 'sent'],
    ['facture-corps', '?layout=bs', 'sent'],
    ['invoice-en', '?hl=en', 'sent'],
    ['long-50', '', 'sent'],
    ['hostile', '', 'sent'],
    ['dejeuner', '', 'inbox'],
  ])('%s', (key, query, folder) => {
    const thread = parsed(key, query, folder);
    const texts = textsToRead(thread, ME);
    const read = new Map(texts.map((t, i) => [t, readGmailTexts(texts).found[i]!]));
    const remote = detectInvoice(thread, ME, (t) => read.get(t) ?? EMPTY_EXTRACTION);
    expect(remote).toEqual(detectInvoice(thread, ME, extractPaymentFields));
    // Nothing that names an invoice, nothing sent to the background.
    if (key === 'dejeuner') expect(texts).toEqual([]);
  });
});
