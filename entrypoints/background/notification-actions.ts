/**
 * What the buttons of a notification do. Ids are derived from data (`digest|day`,
 * `kind|invoice|step|day`), so a click after a worker restart still knows its invoice.
 */
import { addDays, localDate } from '../../core/dates';
import { addEvent, allCases, type EcheanceDb } from '../../core/db';
import { actionsDueOn } from '../../core/dunning';
import { newId } from '../../core/model';
import { clearNotification, extensionUrl, openTab } from '../../core/platform';

import { deriveState } from './derive';
import { openReminder } from './reminder';

/** The notification's first button (core/notify/texts.ts); the second, « Plus tard », snoozes. */
const RELANCER = 0;

function invoiceOf(notificationId: string): string | null {
  const [kind, invoiceId] = notificationId.split('|');
  return kind === 'digest' || !invoiceId ? null : invoiceId;
}

export async function onNotificationBody(notificationId: string): Promise<void> {
  const invoiceId = invoiceOf(notificationId);
  await openTab(extensionUrl(invoiceId ? `/dashboard.html#invoice/${invoiceId}` : '/dashboard.html#today'));
  await clearNotification(notificationId);
}

/** Returns true when data changed, so the caller replans. */
export async function onNotificationButtonClicked(
  db: EcheanceDb,
  notificationId: string,
  button: number,
  now: Date,
): Promise<boolean> {
  const invoiceId = invoiceOf(notificationId);
  await clearNotification(notificationId);
  if (button === RELANCER) {
    if (invoiceId) await openReminder(db, invoiceId, now);
    else await openTab(extensionUrl('/dashboard.html#today'));
    return false;
  }
  // « Plus tard »: snooze to the next day, for this invoice or for every action of the digest.
  const today = localDate(now);
  const ids = invoiceId
    ? [invoiceId]
    : actionsDueOn((await allCases(db)).cases, today).map((d) => d.invoice.id);
  const derive = await deriveState(db);
  for (const id of ids) {
    const event = {
      id: newId(),
      invoiceId: id,
      type: 'snoozed' as const,
      date: today,
      until: addDays(today, 1),
    };
    await addEvent(db, { ...event, createdAt: now.toISOString(), note: '' }, derive, today);
  }
  return true;
}
