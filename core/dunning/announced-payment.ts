import { fromDayNumber, toDayNumber } from '../dates';
import type { InvoiceEvent, IsoDate } from '../model';
import { actedOnOrAfter } from './ladder';
import type { BrokenPromise } from './next-action-types';
import type { TimelineSummary } from './timeline';

/** Days the ladder waits after « le virement est parti » when the event carries no date. */
const ANNOUNCED_PAYMENT_DEFAULT_DAYS = 5;

/**
 * « Le virement est parti » (the client said so on the phone, or in an e-mail recorded as
 * such): the next step waits until the announced money can have arrived — the event's
 * `promisedDate`, set from the user's setting when it was recorded (holdAnnouncedPayment) —
 * then the ladder resumes, citing the announcement until a step has been taken since.
 */
export function announcedPayment(
  timeline: TimelineSummary,
  now: IsoDate,
): { on: IsoDate; waitUntil: IsoDate | null; cite: BrokenPromise | null } | null {
  const a = timeline.announced;
  if (!a) return null;
  const until = a.until ?? fromDayNumber(toDayNumber(a.madeOn) + ANNOUNCED_PAYMENT_DEFAULT_DAYS);
  const resumesOn = fromDayNumber(toDayNumber(until) + 1);
  if (now < resumesOn) return { on: a.madeOn, waitUntil: resumesOn, cite: null };
  const actedSince = actedOnOrAfter(timeline, resumesOn);
  // Templates cite it as an announced payment that never came: made on, for that day.
  return {
    on: a.madeOn,
    waitUntil: null,
    cite: actedSince ? null : { madeOn: a.madeOn, promisedDate: a.madeOn },
  };
}

/** Sets the wait of a « dit avoir payé » call from the user's setting, when the caller gave none. */
export function holdAnnouncedPayment(event: InvoiceEvent, holdDays: number): InvoiceEvent {
  if (event.type !== 'call' || event.outcome !== 'claims_paid' || event.promisedDate) return event;
  return { ...event, promisedDate: fromDayNumber(toDayNumber(event.date) + holdDays) };
}
