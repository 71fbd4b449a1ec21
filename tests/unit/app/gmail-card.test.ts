import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type GmailCardPorts, gmailCard } from '../../../core/app/gmail-card';
import { addPendingSend, settlePendingSend } from '../../../core/app/gmail-pending';
import { trackFromGmail } from '../../../core/app/gmail-track';
import { undo } from '../../../core/app/undo';
import { saveSettings } from '../../../core/db';
import { DEFAULT_SETTINGS } from '../../../core/model';
import { closeAll, derive, freshDb, NOW, trackRequest } from './gmail-setup';

afterEach(closeAll);

const THREAD = '18c1a2b3c4d5e6f1';
const ports = (intent?: { at?: number }, uiLanguage: 'fr' | 'en' = 'fr'): GmailCardPorts => ({
  uiLanguage,
  takeComposeIntent: vi.fn(async () => intent),
});
const pending = (viewThreadId: string, threadId: string | null) => ({
  invoiceId: 'i',
  stepId: 'j7-email',
  template: 'email.courteous',
  threadId,
  viewThreadId,
  fingerprint: 'Bonjour Marie',
  before: 0,
  draftId: null,
});

describe('the Gmail card read model (gmail/thread-status)', () => {
  it('an untracked thread: nothing tracked, the page’s language, no reply to open', async () => {
    const db = freshDb();
    const card = await gmailCard(db, THREAD, NOW, 'en', ports({ at: NOW.getTime() }));
    expect(card).toEqual({ lang: 'en', tracked: null, composeNow: false, pendingSends: [], undo: null });
  });

  it('a tracked invoice as the card shows it: amount, days late, the step due today, « Relancer » offered', async () => {
    const db = freshDb();
    const { invoiceId } = await trackFromGmail(db, trackRequest({ threadId: THREAD }), NOW, derive);
    await trackFromGmail(
      db,
      trackRequest({ threadId: 'other', number: 'F-2', dueDate: '2026-04-30' }),
      NOW,
      derive,
    );
    const card = await gmailCard(db, THREAD, NOW, 'fr', ports());
    expect(card.lang).toBe('fr');
    expect(card.tracked).toMatchObject({
      invoiceId,
      number: 'F-2026-001',
      outstandingCents: 150_000,
      currency: 'EUR',
      dueDate: '2026-03-16',
      status: 'open',
      daysLate: 7,
      canRemind: true,
      warnings: [],
    });
    expect(card.tracked?.next).toContain('relance courtoise (J+7)');
    expect(card.composeNow).toBe(false);
  });

  it('finds the invoice through the thread index, never by reading every invoice', async () => {
    const db = freshDb();
    await trackFromGmail(db, trackRequest({ threadId: THREAD }), NOW, derive);
    const everyInvoice = vi.spyOn(db.invoices, 'toArray');
    const everyEvent = vi.spyOn(db.events, 'toArray');
    expect((await gmailCard(db, THREAD, NOW, 'fr', ports())).tracked?.number).toBe('F-2026-001');
    expect(everyInvoice).not.toHaveBeenCalled();
    expect(everyEvent).not.toHaveBeenCalled();
  });

  it('the settings’ language wins over the page’s; the browser’s when neither says', async () => {
    const db = freshDb();
    expect((await gmailCard(db, THREAD, NOW, undefined, ports(undefined, 'en'))).lang).toBe('en');
    await saveSettings(db, { ...DEFAULT_SETTINGS, language: 'fr' });
    expect((await gmailCard(db, THREAD, NOW, 'en', ports(undefined, 'en'))).lang).toBe('fr');
  });

  it('opens the reply when the popup’s « Relancer » asked for it less than two minutes ago', async () => {
    const db = freshDb();
    await trackFromGmail(db, trackRequest({ threadId: THREAD }), NOW, derive);
    const fresh = ports({ at: NOW.getTime() - 60_000 });
    expect((await gmailCard(db, THREAD, NOW, 'fr', fresh)).composeNow).toBe(true);
    expect(fresh.takeComposeIntent).toHaveBeenCalledWith(THREAD);
    const stale = ports({ at: NOW.getTime() - 3 * 60_000 });
    expect((await gmailCard(db, THREAD, NOW, 'fr', stale)).composeNow).toBe(false);
  });

  it('lists the reminders sent from this thread that are still waiting to be seen sent', async () => {
    const db = freshDb();
    await trackFromGmail(db, trackRequest({ threadId: THREAD }), NOW, derive);
    const here = await addPendingSend(db, pending(THREAD, THREAD), NOW);
    await addPendingSend(db, pending('elsewhere', 'elsewhere'), NOW);
    const card = await gmailCard(db, THREAD, NOW, 'fr', ports());
    expect(card.pendingSends.map((p) => p.pendingId)).toEqual([here]);
  });

  it('a reminder seen sent from this thread: « Annuler » on its card for 10 s, which takes it back', async () => {
    const db = freshDb();
    const { invoiceId } = await trackFromGmail(db, trackRequest({ threadId: THREAD }), NOW, derive);
    await trackFromGmail(db, trackRequest({ threadId: 'other', number: 'F-2' }), NOW, derive);
    const pendingId = await addPendingSend(db, { ...pending(THREAD, THREAD), invoiceId }, NOW);
    expect(await settlePendingSend(db, pendingId, 'sent', NOW, derive)).toBe(true);

    const card = await gmailCard(db, THREAD, NOW, 'fr', ports());
    expect(card.undo).toMatchObject({ text: 'Relance enregistrée · F-2026-001' });
    expect(Date.parse(card.undo!.until) - NOW.getTime()).toBe(10_000);
    expect((await gmailCard(db, THREAD, NOW, 'en', ports())).undo?.text).toBe(
      'Reminder recorded · F-2026-001',
    );
    // Another invoice's card does not offer it; nor this one once the 10 s are over.
    expect((await gmailCard(db, 'other', NOW, 'fr', ports())).undo).toBeNull();
    expect((await gmailCard(db, THREAD, new Date(NOW.getTime() + 10_001), 'fr', ports())).undo).toBeNull();

    await undo(db, card.undo!.undoId, new Date(NOW.getTime() + 3000));
    expect(await db.events.where('invoiceId').equals(invoiceId).count()).toBe(0);
    expect((await gmailCard(db, THREAD, NOW, 'fr', ports())).tracked?.canRemind).toBe(true);
  });
});
