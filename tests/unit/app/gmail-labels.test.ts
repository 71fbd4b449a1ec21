import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gmailLabels } from '../../../core/app/gmail-labels';
import { addPendingSend } from '../../../core/app/gmail-pending';
import { trackFromGmail } from '../../../core/app/gmail-track';
import { closeAll, derive, freshDb, NOW, trackRequest } from './gmail-setup';

afterEach(closeAll);

describe('labels of Gmail list rows (gmail/labels)', () => {
  it('late, due, paid and written-off invoices of the rows shown; other rows get none', async () => {
    const db = freshDb();
    const track = (threadId: string, number: string, dueDate: string) =>
      trackFromGmail(db, trackRequest({ threadId, number, dueDate }), NOW, derive);
    await track('late', 'F-1', '2026-03-11');
    await track('due', 'F-2', '2026-03-26');
    const paid = await track('paid', 'F-3', '2026-03-01');
    const off = await track('off', 'F-4', '2026-03-01');
    await track('not-shown', 'F-5', '2026-03-01');
    await db.invoices.update(paid.invoiceId, { status: 'paid' });
    await db.invoices.update(off.invoiceId, { status: 'written_off' });

    const everyInvoice = vi.spyOn(db.invoices, 'toArray');
    const ids = ['late', 'due', 'paid', 'off', 'untracked'];
    const fr = await gmailLabels(db, ids, NOW, 'fr', 'en');
    const byThread = Object.fromEntries(fr.labels.map((l) => [l.threadId, [l.closed, l.days, l.tone]]));
    expect(byThread).toEqual({
      late: [null, 12, 'late'],
      due: [null, -3, 'due'],
      paid: ['paid', 22, 'ok'],
      off: ['written_off', 22, 'ok'],
    });
    expect(everyInvoice).not.toHaveBeenCalled();
    // The page writes the words in the overlay's language: the page's, else the browser's.
    expect(fr.lang).toBe('fr');
    expect((await gmailLabels(db, ids, NOW, undefined, 'en')).lang).toBe('en');
  });

  it('gives the new-message reminders still unseen, for a row of Sent to settle', async () => {
    const db = freshDb();
    const base = {
      invoiceId: 'i',
      stepId: 's',
      template: 't',
      fingerprint: 'Bonjour',
      before: 0,
      draftId: null,
    };
    const newMessage = await addPendingSend(db, { ...base, threadId: null, viewThreadId: 'v' }, NOW);
    await addPendingSend(db, { ...base, threadId: 'v', viewThreadId: 'v' }, NOW);
    const { labels, pendingNew } = await gmailLabels(db, [], NOW, 'fr', 'fr');
    expect(labels).toEqual([]);
    expect(pendingNew.map((p) => p.pendingId)).toEqual([newMessage]);
  });
});
