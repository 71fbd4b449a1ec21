/**
 * Recomputes everything time-dependent from data and the clock: the badge, the stored
 * overview, the notifications due now, and the alarms. Idempotent, so it runs at start-up, on
 * every alarm and after every write; the service worker keeps nothing in memory between runs.
 */
import { AUTO_BACKUP_ALARM, nextAutoBackupAt } from '../backup/schedule';
import { addDays, localDate } from '../dates';
import { type EcheanceDb, saveOverview } from '../db';
import { caseTables } from '../db/queries';
import { actionsDueOn, deriveInvoiceState } from '../dunning';
import type { Language, Settings } from '../model';
import {
  digestId,
  digestText,
  isDigestDue,
  type NotificationText,
  noticesDue,
  noticesFor,
  noticeText,
  planAlarms,
} from '../notify';
import { buildOverview } from './overview';
import { digestConfirmLine, pendingConfirmations, withConfirmations } from './pending-confirm-read';
import type { Ports } from './ports';
import { allCases } from './read-case';

/** What woke the background: only alarms and start-up may show notifications. */
export type Wake = 'startup' | 'write' | 'digest' | 'notices' | 'midnight';

export type RefreshPorts = Pick<
  Ports,
  'setBadgeCount' | 'showNotification' | 'reconcileAlarms' | 'uiLanguage'
>;

/** The language notifications speak: the settings', or the browser's when set to « auto ». */
export function languageOf(settings: Settings, ports: Pick<Ports, 'uiLanguage'>): Language {
  return settings.language === 'auto' ? ports.uiLanguage() : settings.language;
}

export async function refresh(db: EcheanceDb, now: Date, wake: Wake, ports: RefreshPorts): Promise<void> {
  const today = localDate(now);
  let { cases, settings } = await allCases(db);
  if ((wake === 'midnight' || wake === 'startup') && (await rederive(db, today))) {
    ({ cases, settings } = await allCases(db));
  }
  const due = actionsDueOn(cases, today);
  // The badge and the popup's first screen come from the same computation: they agree.
  await ports.setBadgeCount(due.length);
  await saveOverview(db, buildOverview(cases, today, due));
  const notices = cases.flatMap((c) => noticesFor(c, today));
  if (wake !== 'write') {
    const lang = languageOf(settings, ports);
    const shown = new Set((await db.notificationLog.toArray()).map((r) => r.id));
    const n = settings.notifications;
    const show = (id: string, text: NotificationText) => notify(db, id, today, now, text, ports);
    if (isDigestDue(now, n, shown)) {
      const total = due.reduce((s, d) => s + d.action.outstandingCents, 0);
      // « À confirmer »: reminders opened in Outlook or the mail app ask until answered.
      const text = withConfirmations(
        due.length > 0 ? digestText(due.length, total, lang) : null,
        digestConfirmLine(await pendingConfirmations(db, now), lang),
        lang,
      );
      if (text) await show(digestId(today), text);
    }
    const byId = new Map(cases.map((c) => [c.invoice.id, c]));
    for (const notice of noticesDue(notices, now, n, shown)) {
      const c = byId.get(notice.invoiceId);
      if (c) await show(notice.id, noticeText(notice.kind, c.invoice, c.client, notice.deadline, lang));
    }
    if (wake === 'midnight') await db.notificationLog.where('day').below(addDays(today, -60)).delete();
  }
  // The daily backup's alarm is planned with the others, or reconciling would clear it.
  const backup = { name: AUTO_BACKUP_ALARM, when: nextAutoBackupAt(now) };
  await ports.reconcileAlarms([...planAlarms(notices, now, settings.notifications), backup]);
}

async function notify(
  db: EcheanceDb,
  id: string,
  today: string,
  now: Date,
  text: NotificationText,
  ports: Pick<Ports, 'showNotification'>,
): Promise<void> {
  // Logged first: if the worker dies between the two, a notification is missed rather than doubled.
  await db.notificationLog.put({
    id,
    day: today,
    shownAt: now.toISOString(),
    title: text.title,
    message: text.message,
  });
  // One notification that fails to show must not keep the others from showing.
  await ports
    .showNotification(id, text)
    .catch((e: unknown) => console.error('[Échéance] notification', id, e));
}

/** After a change of scenario or settings: every invoice's cached state, from scratch. */
export async function rederiveAll(db: EcheanceDb, now: Date): Promise<void> {
  await rederive(db, localDate(now));
}

/**
 * Cached statuses move with time (a promise date passes): refresh those that changed. Read and
 * write in one transaction, and only the cached fields, so a write landing meanwhile is kept.
 */
async function rederive(db: EcheanceDb, today: string): Promise<boolean> {
  return db.transaction('rw', caseTables(db), async () => {
    const { cases } = await allCases(db);
    const changes = cases.flatMap(({ invoice, client, events, scenario }) => {
      const state = deriveInvoiceState(invoice, client, events, scenario, today);
      const same =
        state.status === invoice.status &&
        state.outstandingCents === invoice.outstandingCents &&
        state.nextActionDate === invoice.nextActionDate;
      return same ? [] : [{ key: invoice.id, changes: state }];
    });
    if (changes.length > 0) await db.invoices.bulkUpdate(changes);
    return changes.length > 0;
  });
}

/**
 * Plannings in order, one at a time: a later one always reads what an earlier one wrote, so
 * the badge and the popup's overview never go back to an older state. A planning after writes
 * that has not started yet will read later writes too: a large import sent in 50 batches
 * queues one planning, not 50 over a growing base.
 */
export function replanQueue(run: (wake: Wake) => Promise<void>): (wake: Wake) => Promise<void> {
  let planning: Promise<void> = Promise.resolve();
  let writeQueued: Promise<void> | null = null;
  return (wake) => {
    if (wake === 'write' && writeQueued) return writeQueued;
    planning = planning
      .then(() => {
        if (wake === 'write') writeQueued = null;
        return run(wake);
      })
      .catch((e: unknown) => console.error('[Échéance] planification', e));
    if (wake === 'write') writeQueued = planning;
    return planning;
  };
}
