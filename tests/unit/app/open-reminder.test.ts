import { describe, expect, it } from 'vitest';
import {
  onNotificationBody,
  onNotificationButtonClicked,
  RELANCER,
} from '../../../core/app/notification-click';
import { draftReminder, openReminderFor, reminderDraft } from '../../../core/app/open-reminder';
import { saveSettings } from '../../../core/db';
import { DEFAULT_SETTINGS } from '../../../core/model';
import { fakePorts, freshDb, item, NOW, seed } from './fixture';

const gmail = { kind: 'gmail' as const, threadId: 'thread-7', messageId: null, account: 2 };

describe('today’s reminder, written where the user writes', () => {
  it('one reminder covers every invoice of the client with a step due', async () => {
    const db = freshDb();
    const seeded = await seed(db, [
      item('F-1', '2026-03-04'),
      item('F-2', '2026-03-04'),
      item('F-3', '2026-03-30'), // not due yet
      item('B-1', '2026-03-04', { clientName: 'Bolt', clientEmail: 'b@bolt.test' }),
    ]);
    const found = await reminderDraft(db, seeded['F-1']!.id, NOW);
    expect(found?.draft.covers.map((c) => c.invoiceId).sort()).toEqual(
      [seeded['F-1']!.id, seeded['F-2']!.id].sort(),
    );
    expect(found?.draft).toMatchObject({ stepId: 'j7-email', to: ['compta@acme.test'], threadId: null });
    expect(found?.draft.body).toContain('F-1');
    expect(found?.draft.body).toContain('F-2');
    expect(found?.draft.body).not.toContain('F-3');
  });

  it('nothing to draft when no step is due', async () => {
    const db = freshDb();
    const { 'F-3': f3 } = await seed(db, [item('F-3', '2026-03-30')]);
    expect(await reminderDraft(db, f3!.id, NOW)).toBeNull();
    await expect(draftReminder(db, f3!.id, NOW)).rejects.toThrow('aucune relance');
    const ports = fakePorts();
    expect(await openReminderFor(db, f3!.id, NOW, ports)).toEqual({
      opened: false,
      covers: [],
      followed: false,
    });
    expect(ports.tabs).toEqual([]);
  });

  it('opens a new message in the mailbox of the settings', async () => {
    const db = freshDb();
    await saveSettings(db, { ...DEFAULT_SETTINGS, mailTarget: 'mailto' });
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    const ports = fakePorts();
    const out = await openReminderFor(db, f1!.id, NOW, ports);
    expect(out.opened).toBe(true);
    expect(ports.tabs).toHaveLength(1);
    expect(ports.tabs[0]).toMatch(/^mailto:compta@acme\.test\?/);
    expect(ports.session.size).toBe(0);
  });

  it('replies in the Gmail thread, leaving the intent for the thread’s page', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')], gmail);
    const ports = fakePorts();
    await openReminderFor(db, f1!.id, NOW, ports);
    expect(ports.tabs).toEqual(['https://mail.google.com/mail/u/2/#all/thread-7']);
    expect(ports.session.get('compose|thread-7')).toEqual({ invoiceId: f1!.id, at: NOW.getTime() });
  });
});

describe('a click on a notification', () => {
  it('the body opens the dashboard at the invoice, or today’s list for the digest', async () => {
    const ports = fakePorts();
    await onNotificationBody('step|inv-1|j7-email|2026-03-11', ports);
    await onNotificationBody('digest|2026-03-11', ports);
    expect(ports.tabs).toEqual([
      'chrome-extension://test/dashboard.html#invoice/inv-1',
      'chrome-extension://test/dashboard.html#today',
    ]);
    expect(ports.cleared).toEqual(['step|inv-1|j7-email|2026-03-11', 'digest|2026-03-11']);
  });

  it('« Relancer » opens the reminder and changes nothing', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    const ports = fakePorts();
    const changed = await onNotificationButtonClicked(
      db,
      `step|${f1!.id}|j7|${'2026-03-11'}`,
      RELANCER,
      NOW,
      ports,
    );
    expect(changed).toBe(false);
    expect(ports.tabs[0]).toMatch(/^https:\/\/mail\.google\.com\/mail\/u\/0\/\?/);
    expect(await db.events.count()).toBe(0);
  });

  it('« Plus tard » on the digest snoozes every action due today', async () => {
    const db = freshDb();
    await seed(db, [item('F-1', '2026-03-04'), item('F-2', '2026-03-04'), item('F-3', '2026-03-30')]);
    const ports = fakePorts();
    expect(await onNotificationButtonClicked(db, 'digest|2026-03-11', 1, NOW, ports)).toBe(true);
    const snoozed = await db.events.toArray();
    expect(snoozed).toHaveLength(2);
    expect(snoozed.every((e) => e.type === 'snoozed' && e.until === '2026-03-12')).toBe(true);
    expect(ports.cleared).toEqual(['digest|2026-03-11']);
  });
});
