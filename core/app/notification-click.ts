/**
 * What a click on a notification does. Ids are derived from data (`digest|day`,
 * `kind|invoice|step|day`), so a click after a worker restart still knows its invoice.
 */
import { localDate } from '../dates';
import type { EcheanceDb } from '../db';
import { actionsDueOn } from '../dunning';
import { openReminder } from './open-reminder';
import { openOwnPage, type Ports } from './ports';
import { allCases } from './read-case';
import { snooze } from './record-event';

/**
 * The buttons' order, as core/notify/texts.ts writes them: « Relancer », « Plus tard ». The digest
 * that only asks a question has « Répondre » alone, first: it opens today's list like « Relancer ».
 */
export const RELANCER = 0;

export type NotificationPorts = Pick<Ports, 'openTab' | 'extensionUrl' | 'clearNotification' | 'sessionSet'>;

function invoiceOf(notificationId: string): string | null {
  const [kind, invoiceId] = notificationId.split('|');
  return kind === 'digest' || !invoiceId ? null : invoiceId;
}

/** The body: the dashboard at the invoice, or at today's list for the digest. */
export async function onNotificationBody(notificationId: string, ports: NotificationPorts): Promise<void> {
  const invoiceId = invoiceOf(notificationId);
  await openOwnPage(ports, invoiceId ? `/dashboard.html#invoice/${invoiceId}` : '/dashboard.html#today');
  await ports.clearNotification(notificationId);
}

/** A button; returns true when data changed, so the caller replans. */
export async function onNotificationButtonClicked(
  db: EcheanceDb,
  notificationId: string,
  button: number,
  now: Date,
  ports: NotificationPorts,
): Promise<boolean> {
  const invoiceId = invoiceOf(notificationId);
  await ports.clearNotification(notificationId);
  if (button === RELANCER) {
    if (invoiceId) await openReminder(db, invoiceId, now, ports);
    else await openOwnPage(ports, '/dashboard.html#today');
    return false;
  }
  // « Plus tard »: snooze to the next day, for this invoice or for every action of the digest.
  const ids = invoiceId
    ? [invoiceId]
    : actionsDueOn((await allCases(db)).cases, localDate(now)).map((d) => d.invoice.id);
  await snooze(db, ids, now);
  return true;
}
