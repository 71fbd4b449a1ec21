/**
 * One line per action in the popup (issue #20, « a popup that takes three seconds »): which verb
 * is the row's button, and what its second line says, in plain words. Pure and engine-free: the
 * popup paints these rows from the stored overview before Dexie or the engine load, so this file
 * imports types only. The background fills `history` once per overview (core/app/overview.ts).
 */
import type { DueSummary, RowHistory } from '../db/overview-row';
import type { CallOutcome, InvoiceEvent, IsoDate, StepAction } from '../model';

export type { RowHistory };

/** The verb on the row's button: what the user does now. */
export type RowVerb =
  | 'remind'
  | 'call'
  | 'letter'
  | 'registeredLetter'
  | 'formalNotice'
  | 'court'
  | 'declareClaim';

const VERB: Record<StepAction, RowVerb> = {
  email: 'remind',
  phone: 'call',
  letter: 'letter',
  registered_letter: 'registeredLetter',
  formal_notice: 'formalNotice',
  court_filing: 'court',
};

export function rowVerb(due: Pick<DueSummary, 'kind' | 'stepAction'>): RowVerb {
  if (due.kind === 'declare-claim' || !due.stepAction) return 'declareClaim';
  return VERB[due.stepAction];
}

export function rowHistory(events: readonly InvoiceEvent[]): RowHistory {
  const history: RowHistory = { lastSent: null, lastCall: null, promise: null };
  // Events come ordered by date (core/app/read-case.ts): the last one of each kind wins.
  for (const e of events) {
    if (e.type === 'reminder_sent') {
      // A reminder recorded on the phone channel is a call without an outcome: not a sending.
      if (e.channel !== 'phone') history.lastSent = { date: e.date, what: e.channel };
    } else if (e.type === 'letter_sent')
      history.lastSent = { date: e.date, what: e.registered ? 'registered_letter' : 'letter' };
    else if (e.type === 'formal_notice_sent') history.lastSent = { date: e.date, what: 'formal_notice' };
    else if (e.type === 'call') {
      history.lastCall = { date: e.date, outcome: e.outcome };
      if (e.promisedDate) history.promise = { date: e.promisedDate, madeOn: e.date };
    } else if (e.type === 'payment_announced') history.promise = { date: e.promisedDate, madeOn: e.date };
    else if (e.type === 'payment') history.promise = null; // money came: the promise is behind us
  }
  return history;
}

/**
 * A reminder opened outside Gmail and not yet confirmed as sent (issue #20's « À confirmer »,
 * built by the pending-confirmation store): the popup passes it per invoice, the row says it.
 */
export interface RowPending {
  openedOn: IsoDate;
}

/** One piece of the second line; the component words it from the catalogue (`row.fact.*`). */
export type RowFact =
  | { kind: 'step'; action: StepAction; tone: DueSummary['stepTone'] }
  | { kind: 'claim'; deadline: IsoDate | null }
  | { kind: 'since'; date: IsoDate }
  | { kind: 'sent'; what: NonNullable<RowHistory['lastSent']>['what']; date: IsoDate }
  | { kind: 'called'; outcome: CallOutcome; date: IsoDate }
  | { kind: 'promise'; date: IsoDate; broken: boolean }
  | { kind: 'pending'; date: IsoDate };

/**
 * The row's second line: the e-mail's tone, a sending waiting for its confirmation, the promise,
 * the last call, the last sending, and since when the step waits (instead of « en retard sur le
 * plan »). A row stored by an earlier version has no history: the step alone.
 */
export function rowFacts(due: DueSummary, today: IsoDate, pending?: RowPending | null): RowFact[] {
  const facts: RowFact[] = [];
  const h = due.history;
  if (due.kind === 'declare-claim' || !due.stepAction) facts.push({ kind: 'claim', deadline: due.deadline });
  // The verb already says « Appeler » or « Envoyer la mise en demeure »; for an e-mail, the tone
  // (« Relance ferme ») is what it does not say.
  else if (due.stepAction === 'email')
    facts.push({ kind: 'step', action: due.stepAction, tone: due.stepTone });
  // What waits for the user, then what the client said, then what was done, then since when.
  if (pending) facts.push({ kind: 'pending', date: pending.openedOn });
  if (h?.promise) facts.push({ kind: 'promise', date: h.promise.date, broken: h.promise.date < today });
  // A call that only gave a promise is said once, by the promise.
  if (h?.lastCall && !(h.lastCall.outcome === 'promise' && h.promise?.madeOn === h.lastCall.date))
    facts.push({ kind: 'called', outcome: h.lastCall.outcome, date: h.lastCall.date });
  if (h?.lastSent) facts.push({ kind: 'sent', what: h.lastSent.what, date: h.lastSent.date });
  if (due.lateOnPlan && due.dueOn && due.dueOn < today) facts.push({ kind: 'since', date: due.dueOn });
  return facts;
}

/**
 * « 12/12 » (fr), "12 Dec" (en): a day of this season needs no year; another year's keeps it.
 * Never an ISO date on screen.
 */
export function shortDay(date: IsoDate, today: IsoDate, lang: 'fr' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const sameYear = Math.abs(Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - (y * 12 + m)) < 10;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: lang === 'fr' ? '2-digit' : 'numeric',
    month: lang === 'fr' ? '2-digit' : 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}

/** « 2 800 € » when the cents are zero, « 2 800,50 € » otherwise: the row is read at a glance. */
export function rowAmount(cents: number, currency: string, lang: 'fr' | 'en'): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}
