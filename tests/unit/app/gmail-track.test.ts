import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readAttachedPdf } from '../../../core/app/gmail-attachment';
import { trackFromGmail } from '../../../core/app/gmail-track';
import { takeFile } from '../../../core/db/kept-files';
import { NOTHING_IN_PDF } from '../../../core/extract/pdf-found';
import { closeAll, derive, freshDb, NOW, trackRequest } from './gmail-setup';

afterEach(closeAll);

const PDF = { name: 'Facture-F-2026-001.pdf', mime: 'application/pdf', base64: 'JVBERi0xLjQK' };
const reader = async () => ({
  found: { ...NOTHING_IN_PDF, number: 'F-2026-001', source: 'text' as const },
  error: null,
});

describe('tracking an invoice from Gmail (« Suivre »)', () => {
  it('stores the invoice with its Gmail origin, its client, its state from the engine, and the PDF kept when it was read', async () => {
    const db = freshDb();
    const read = await readAttachedPdf(db, PDF, NOW, reader);
    expect(read.found.number).toBe('F-2026-001');
    expect(read.fileRef).toEqual(expect.any(String));

    const outcome = await trackFromGmail(db, trackRequest({ fileRef: read.fileRef }), NOW, derive);
    expect(outcome.alreadyTracked).toBe(false);
    const invoice = await db.invoices.get(outcome.invoiceId);
    expect(invoice).toMatchObject({
      number: 'F-2026-001',
      totalCents: 150_000,
      amountDueCents: 150_000,
      dueDate: '2026-03-16',
      origin: { kind: 'gmail', threadId: '18c1a2b3c4d5e6f1', messageId: 'm-1', account: 0 },
      // Due 2026-03-16, standard scenario: the J+7 e-mail is today.
      status: 'open',
      nextActionDate: '2026-03-23',
    });
    const client = await db.clients.get(invoice?.clientId ?? '');
    expect(client).toMatchObject({
      name: 'Acme SAS',
      emails: ['compta@acme.test'],
      contactFirstName: 'Marie',
    });
    // The PDF's bytes were sent once, in the read; « Suivre » named them.
    const file = await db.files.get(invoice?.fileId ?? '');
    expect(file).toMatchObject({ invoiceId: outcome.invoiceId, name: PDF.name, base64: PDF.base64 });
    expect(await takeFile(db, read.fileRef ?? '', NOW)).toBeNull();
  });

  it('tracks without a file when none was kept, or when the kept one is older than a day', async () => {
    const db = freshDb();
    const read = await readAttachedPdf(db, PDF, new Date('2026-03-21T09:00:00'), reader);
    const outcome = await trackFromGmail(db, trackRequest({ fileRef: read.fileRef }), NOW, derive);
    expect((await db.invoices.get(outcome.invoiceId))?.fileId).toBeNull();
    expect(await db.files.count()).toBe(0);
  });

  it('leaves a number already tracked from another thread as it was', async () => {
    const db = freshDb();
    const first = await trackFromGmail(db, trackRequest(), NOW, derive);
    const second = await trackFromGmail(
      db,
      trackRequest({ threadId: 'other-thread', totalCents: 5 }),
      NOW,
      derive,
    );
    expect(second).toEqual({ invoiceId: first.invoiceId, alreadyTracked: true });
    expect(await db.invoices.count()).toBe(1);
    expect((await db.invoices.get(first.invoiceId))?.totalCents).toBe(150_000);
  });
});
