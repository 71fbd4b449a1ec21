import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addPendingSend,
  pendingSendsOf,
  recordReminderSent,
  settlePendingSend,
} from '../../../core/app/gmail-pending';
import { trackFromGmail } from '../../../core/app/gmail-track';
import { closeAll, derive, freshDb, NOW, trackRequest } from './gmail-setup';

afterEach(closeAll);

const THREAD = '18c1a2b3c4d5e6f1';

async function tracked() {
  const db = freshDb();
  const { invoiceId } = await trackFromGmail(db, trackRequest({ threadId: THREAD }), NOW, derive);
  const send = {
    invoiceId,
    stepId: 'j7-email',
    template: 'email.courteous',
    threadId: THREAD,
    viewThreadId: THREAD,
    fingerprint: 'Bonjour Marie',
    before: 0,
    draftId: 'r-1',
  };
  return { db, invoiceId, send };
}

describe('a reminder sent from Gmail, recorded once Gmail really sent it', () => {
  it('Send makes it pending; seen sent, its step is recorded once and the next step comes', async () => {
    const { db, invoiceId, send } = await tracked();
    expect((await db.invoices.get(invoiceId))?.nextActionDate).toBe('2026-03-23');
    const pendingId = await addPendingSend(db, send, NOW);
    expect(await db.events.count()).toBe(0);
    expect(await pendingSendsOf(db, THREAD, NOW)).toMatchObject([{ pendingId, at: NOW.toISOString() }]);

    expect(await settlePendingSend(db, pendingId, 'sent', NOW, derive)).toBe(true);
    const events = await db.events.where('invoiceId').equals(invoiceId).toArray();
    expect(events).toMatchObject([
      {
        type: 'reminder_sent',
        stepId: 'j7-email',
        template: 'email.courteous',
        channel: 'email',
        gmailThreadId: THREAD,
        date: '2026-03-23',
      },
    ]);
    // The J+7 e-mail done, the J+15 call is next (2026-03-31).
    expect((await db.invoices.get(invoiceId))?.nextActionDate).toBe('2026-03-31');
    expect(await settlePendingSend(db, pendingId, 'sent', NOW, derive)).toBe(false);
    expect(await db.events.count()).toBe(1);
    expect(await pendingSendsOf(db, THREAD, NOW)).toEqual([]);
  });

  it('undone or discarded (dropped), or never seen within a week: nothing is recorded', async () => {
    const { db, send } = await tracked();
    const dropped = await addPendingSend(db, send, NOW);
    expect(await settlePendingSend(db, dropped, 'dropped', NOW, derive)).toBe(false);
    const old = await addPendingSend(db, send, NOW);
    const weekLater = new Date(NOW.getTime() + 7 * 24 * 3600_000 + 1000);
    expect(await pendingSendsOf(db, THREAD, weekLater)).toEqual([]);
    expect(await settlePendingSend(db, old, 'sent', weekLater, derive)).toBe(false);
    expect(await db.events.count()).toBe(0);
  });

  it('a grouped reminder records one reminder_sent per invoice it covered', async () => {
    const { db, invoiceId } = await tracked();
    const other = await trackFromGmail(db, trackRequest({ threadId: 't2', number: 'F-2' }), NOW, derive);
    await recordReminderSent(
      db,
      {
        invoiceId,
        stepId: 'j7-email',
        template: 'email.courteous',
        threadId: null,
        covers: [
          { invoiceId, stepId: 'j7-email', template: 'email.courteous' },
          { invoiceId: other.invoiceId, stepId: 'j7-email', template: 'email.courteous' },
        ],
      },
      NOW,
      derive,
    );
    const events = await db.events.toArray();
    expect(events.map((e) => e.invoiceId).sort()).toEqual([invoiceId, other.invoiceId].sort());
    expect(events.every((e) => e.type === 'reminder_sent' && e.gmailThreadId === null)).toBe(true);
  });
});
