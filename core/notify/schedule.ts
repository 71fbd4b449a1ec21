/**
 * When to wake up and what to show, derived from data and the clock passed in, so the
 * background can recompute it from scratch at every start, alarm and write (idempotent).
 */
import { addDays, latestDate, localDate, weekday } from '../dates';
import type { IsoDate, Settings } from '../model';
import type { Notice } from './notices';

export type NotificationSettings = Settings['notifications'];

/** Local time of the notification hour on a day. */
export function slotOn(day: IsoDate, n: NotificationSettings): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, n.hour, n.minute).getTime();
}

export function isNotifyDay(day: IsoDate, n: NotificationSettings): boolean {
  return n.days.includes(weekday(day));
}

/** The next notification slot strictly after `now` on an allowed day, or null when no day is allowed. */
export function nextSlotAfter(now: Date, n: NotificationSettings): number | null {
  const today = localDate(now);
  for (let i = 0; i <= 7; i++) {
    const day = addDays(today, i);
    if (isNotifyDay(day, n) && slotOn(day, n) > now.getTime()) return slotOn(day, n);
  }
  return null;
}

export const digestId = (day: IsoDate) => `digest|${day}`;

/**
 * Today's digest is due once today's slot has passed on an allowed day. A digest missed
 * while the browser was closed is shown at the next start only if it is today's: older days
 * are not replayed.
 */
export function isDigestDue(now: Date, n: NotificationSettings, shown: ReadonlySet<string>): boolean {
  const today = localDate(now);
  return (
    n.digest && isNotifyDay(today, n) && now.getTime() >= slotOn(today, n) && !shown.has(digestId(today))
  );
}

/** High-stakes notices to show now: their day has come, today's slot has passed, not shown before. */
export function noticesDue(
  notices: readonly Notice[],
  now: Date,
  n: NotificationSettings,
  shown: ReadonlySet<string>,
): Notice[] {
  const today = localDate(now);
  if (!n.highStakes || !isNotifyDay(today, n) || now.getTime() < slotOn(today, n)) return [];
  return notices.filter((x) => x.on <= today && !shown.has(x.id));
}

export interface PlannedAlarm {
  name: string;
  when: number;
}

/** How many future notice days get an alarm of their own; the rest are planned when nearer. */
const MAX_NOTICE_ALARMS = 30;

/**
 * The alarms to exist after planning: the next digest, one per future day that has a notice
 * (at the notification slot of the first allowed day on or after it), and local midnight for
 * the badge.
 */
export function planAlarms(notices: readonly Notice[], now: Date, n: NotificationSettings): PlannedAlarm[] {
  const alarms: PlannedAlarm[] = [];
  const digest = n.digest ? nextSlotAfter(now, n) : null;
  if (digest !== null) alarms.push({ name: 'digest', when: digest });
  if (n.highStakes) {
    const days = new Set<number>();
    const today = localDate(now);
    for (const x of notices) {
      // A notice whose day has passed is due now: at today's slot if still ahead, else the next one.
      let at = firstSlotOnOrAfter(latestDate(x.on, today), n);
      if (at !== null && at <= now.getTime()) at = nextSlotAfter(now, n);
      if (at !== null) days.add(at);
    }
    for (const at of [...days].sort((a, b) => a - b).slice(0, MAX_NOTICE_ALARMS)) {
      alarms.push({ name: `notices|${localDate(new Date(at))}`, when: at });
    }
  }
  const tomorrow = addDays(localDate(now), 1);
  const [y, m, d] = tomorrow.split('-').map(Number) as [number, number, number];
  alarms.push({ name: 'midnight', when: new Date(y, m - 1, d, 0, 0, 5).getTime() });
  return alarms;
}

function firstSlotOnOrAfter(day: IsoDate, n: NotificationSettings): number | null {
  for (let i = 0; i <= 7; i++) {
    const d = addDays(day, i);
    if (isNotifyDay(d, n)) return slotOn(d, n);
  }
  return null;
}
