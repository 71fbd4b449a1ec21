import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dueDateOf } from '../../../core/app/due-date';
import { type AttachmentPorts, fetchAttachedPdf } from '../../../core/app/gmail-attachment';
import { takeFile } from '../../../core/db/kept-files';
import { NOTHING_IN_PDF } from '../../../core/extract/pdf-found';
import { closeAll, freshDb, NOW } from './gmail-setup';

afterEach(closeAll);

const URL_OK =
  'https://mail.google.com/mail/u/0/?ui=2&ik=abc&attid=0.1&th=18c1a2b3c4d5e6f1&view=att&disp=safe';
const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n%fake\n');

function ports(over: Partial<AttachmentPorts> = {}) {
  return {
    readPdf: vi.fn(async () => ({
      found: { ...NOTHING_IN_PDF, totalCents: 150_000, source: 'text' as const },
      error: null,
    })),
    granted: vi.fn(async () => true),
    fetch: vi.fn(async () => {
      const response = new Response(PDF_BYTES, { status: 200 });
      Object.defineProperty(response, 'url', {
        value: 'https://mail-attachment.googleusercontent.com/attachment/u/0/x',
      });
      return response;
    }),
    ...over,
  };
}

describe('the attached PDF, fetched and read by the background', () => {
  it('granted: fetched with the session’s cookies, read, and kept for « Suivre » without crossing to the page', async () => {
    const db = freshDb();
    const p = ports();
    const answer = await fetchAttachedPdf(db, URL_OK, 'F.pdf', NOW, p);
    expect(p.fetch).toHaveBeenCalledWith(URL_OK, { credentials: 'include' });
    expect(answer.permission).toBe(true);
    expect(answer.read?.found.totalCents).toBe(150_000);
    expect(answer.read).not.toHaveProperty('file');
    const kept = await takeFile(db, answer.read?.fileRef ?? '', NOW);
    expect(kept).toMatchObject({ name: 'F.pdf', mime: 'application/pdf' });
    expect(p.readPdf).toHaveBeenCalledWith(kept?.base64);
  });

  it('not granted: nothing fetched, the page is told to try its own fetch', async () => {
    const db = freshDb();
    const p = ports({ granted: vi.fn(async () => false) });
    expect(await fetchAttachedPdf(db, URL_OK, 'F.pdf', NOW, p)).toEqual({ permission: false, read: null });
    expect(p.fetch).not.toHaveBeenCalled();
  });

  it('a URL other than Gmail’s attachment endpoint is never fetched', async () => {
    const db = freshDb();
    const p = ports();
    const answer = await fetchAttachedPdf(db, 'https://evil.test/?attid=1&view=att', 'F.pdf', NOW, p);
    expect(answer).toEqual({ permission: true, read: null });
    expect(p.granted).not.toHaveBeenCalled();
    expect(p.fetch).not.toHaveBeenCalled();
  });

  it('no PDF behind the URL (a login page): no read, nothing kept; a failed fetch leaves it to the page', async () => {
    const db = freshDb();
    const html = ports({ fetch: vi.fn(async () => new Response('<html>login</html>', { status: 200 })) });
    expect(await fetchAttachedPdf(db, URL_OK, 'F.pdf', NOW, html)).toEqual({ permission: true, read: null });
    expect(html.readPdf).not.toHaveBeenCalled();
    expect(await db.meta.count()).toBe(0);
    const failing = ports({ fetch: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) });
    expect(await fetchAttachedPdf(db, URL_OK, 'F.pdf', NOW, failing)).toEqual({
      permission: false,
      read: null,
    });
  });
});

describe('the due date from payment terms (gmail/due-date)', () => {
  it('is decided from the terms and the issue date; none without a date to count from', () => {
    expect(dueDateOf({ paymentTerms: 'payable à 30 jours', issueDate: '2026-02-14' })).toEqual({
      dueDate: '2026-03-16',
    });
    expect(dueDateOf({ paymentTerms: '45 jours fin de mois', issueDate: '2026-01-10' }).dueDate).toBe(
      '2026-02-28',
    );
    expect(dueDateOf({ paymentTerms: '30 jours', issueDate: null })).toEqual({ dueDate: null });
  });
});
