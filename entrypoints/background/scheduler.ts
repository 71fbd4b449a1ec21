/**
 * Recomputes everything time-dependent from data and the clock: the badge, the notifications
 * due now, and the alarms. Idempotent, so it runs at start-up, on every alarm and after every
 * write; the service worker keeps nothing in memory between runs.
 */
import { addDays, localDate } from '../../core/dates';
import { allCases, buildOverview, type EcheanceDb, saveOverview } from '../../core/db';
import { actionsDueOn, deriveInvoiceState } from '../../core/dunning';
import {
  digestId,
  digestText,
  isDigestDue,
  noticesDue,
  noticesFor,
  noticeText,
  planAlarms,
} from '../../core/notify';
import { reconcileAlarms, setBadgeCount, showNotification } from '../../core/platform';
import { languageOf } from './cases';

/** What woke the background: only alarms and start-up may show notifications. */
export type Wake = 'startup' | 'write' | 'digest' | 'notices' | 'midnight';

export async function refresh(db: EcheanceDb, now: Date, wake: Wake): Promise<void> {
  const today = localDate(now);
  let { cases, settings } = await allCases(db);
  if ((wake === 'midnight' || wake === 'startup') && (await rederive(db, today))) {
    ({ cases, settings } = await allCases(db));
  }
  const due = actionsDueOn(cases, today);
  // The badge and the popup's first screen come from the same computation: they agree.
  await setBadgeCount(due.length);
  await saveOverview(db, buildOverview(cases, today, due));
  const notices = cases.flatMap((c) => noticesFor(c, today));
  if (wake !== 'write') {
    const lang = languageOf(settings);
    const shown = new Set((await db.notificationLog.toArray()).map((r) => r.id));
    const n = settings.notifications;
    if (isDigestDue(now, n, shown) && due.length > 0) {
      const total = due.reduce((s, d) => s + d.action.outstandingCents, 0);
      await notify(db, digestId(today), today, now, digestText(due.length, total, lang));
    }
    const byId = new Map(cases.map((c) => [c.invoice.id, c]));
    for (const notice of noticesDue(notices, now, n, shown)) {
      const c = byId.get(notice.invoiceId);
      if (c)
        await notify(
          db,
          notice.id,
          today,
          now,
          noticeText(notice.kind, c.invoice, c.client, notice.deadline, lang),
        );
    }
    if (wake === 'midnight') await db.notificationLog.where('day').below(addDays(today, -60)).delete();
  }
  await reconcileAlarms(planAlarms(notices, now, settings.notifications));
}

async function notify(
  db: EcheanceDb,
  id: string,
  today: string,
  now: Date,
  text: Parameters<typeof showNotification>[1],
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
  await showNotification(id, text).catch((e: unknown) => console.error('[Échéance] notification', id, e));
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
  return db.transaction('rw', [db.invoices, db.clients, db.events, db.scenarios, db.settings], async () => {
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
