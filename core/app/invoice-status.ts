/**
 * The invoice page's one status line (issue #20): what to do today, or where the invoice
 * stands. Decided here from the engine's next action and the timeline; worded in
 * invoice-page-text.ts. One answer per invoice, so the page never says two things at once.
 */
import type { Ladder, LadderStep } from '../dashboard';
import { daysBetween, fromDayNumber } from '../dates';
import { noticeDeadlineDay, type TimelineSummary } from '../dunning';
import type { InvoiceEvent, IsoDate, StepAction, Tone } from '../model';

type StepRef = { action: StepAction; tone: Tone };

export type StatusLine =
  | { kind: 'paid'; on: IsoDate }
  | { kind: 'written-off'; on: IsoDate }
  | { kind: 'claim-declared' }
  | { kind: 'declare-claim'; deadline: IsoDate }
  /** A step of the scenario is due today (late on plan or not). */
  | ({ kind: 'step'; contested: boolean; daysLate: number } & StepRef)
  /** After a formal notice, until its deadline: nothing to do but wait for the answer. */
  | { kind: 'notice'; sentOn: IsoDate; until: IsoDate; daysLate: number }
  | ({ kind: 'scheduled'; on: IsoDate; daysLate: number } & StepRef)
  | { kind: 'not-due'; on: IsoDate }
  | { kind: 'snoozed'; until: IsoDate }
  | { kind: 'promise'; on: IsoDate }
  | { kind: 'announced'; on: IsoDate; until: IsoDate }
  | { kind: 'dispute' }
  | { kind: 'plan'; on: IsoDate; amountCents: number }
  | { kind: 'excluded'; since: IsoDate }
  | { kind: 'complete'; daysLate: number };

/** What it says of the invoice, for the line's colour (always written out too). */
export type StatusTone = 'done' | 'act' | 'wait';

export function statusTone(line: StatusLine): StatusTone {
  if (line.kind === 'paid' || line.kind === 'written-off' || line.kind === 'claim-declared') return 'done';
  if (line.kind === 'step' || line.kind === 'declare-claim') return 'act';
  return 'wait';
}

function lastDateOf(events: readonly InvoiceEvent[], type: InvoiceEvent['type']): IsoDate | null {
  let last: IsoDate | null = null;
  for (const e of events) if (e.type === type && (!last || e.date > last)) last = e.date;
  return last;
}

export interface StatusInput {
  ladder: Ladder;
  timeline: TimelineSummary;
  events: readonly InvoiceEvent[];
  dueDate: IsoDate;
  today: IsoDate;
}

export function statusLine({ ladder, timeline, events, dueDate, today }: StatusInput): StatusLine {
  const next = ladder.next;
  const daysLate = Math.max(0, daysBetween(dueDate, today));
  switch (next.kind) {
    case 'none': {
      if (next.reason === 'paid') {
        const last = timeline.payments.reduce<IsoDate | null>(
          (d, p) => (!d || p.date > d ? p.date : d),
          null,
        );
        return { kind: 'paid', on: last ?? today };
      }
      if (next.reason === 'written_off')
        return { kind: 'written-off', on: lastDateOf(events, 'written_off') ?? today };
      if (next.reason === 'claim-declared') return { kind: 'claim-declared' };
      return { kind: 'complete', daysLate };
    }
    case 'declare-claim':
      return { kind: 'declare-claim', deadline: next.deadline };
    case 'step':
      return {
        kind: 'step',
        action: next.step.action,
        tone: next.step.tone,
        contested: next.step.action === 'court_filing' && next.warnings.includes('court-filing-contested'),
        daysLate,
      };
    case 'wait':
      switch (next.reason) {
        case 'scheduled':
        case 'snoozed': {
          // The notice's deadline as the engine counts it (core/dunning/ladder noticeDeadlineDay).
          const notice = timeline.formalNoticeOn;
          const last = noticeDeadlineDay(timeline);
          const until = last === null ? null : fromDayNumber(last);
          if (notice && until && today <= until) return { kind: 'notice', sentOn: notice, until, daysLate };
          if (next.reason === 'snoozed') return { kind: 'snoozed', until: next.until };
          if (today <= dueDate) return { kind: 'not-due', on: dueDate };
          return {
            kind: 'scheduled',
            action: next.step.action,
            tone: next.step.tone,
            on: next.until,
            daysLate,
          };
        }
        case 'promise':
          return { kind: 'promise', on: next.promise.promisedDate };
        case 'payment-announced':
          return { kind: 'announced', on: next.announcedOn, until: next.until };
        case 'dispute':
          return { kind: 'dispute' };
        case 'payment-plan':
          return { kind: 'plan', on: next.installment.date, amountCents: next.installment.amountCents };
        case 'client-excluded':
          return { kind: 'excluded', since: next.exclusion.since };
      }
  }
}

/** When a step of the ladder happens, counted from today: past dates are never « à venir ». */
export type StepWhen =
  | { kind: 'done'; on: IsoDate; channel: LadderStep['channel'] }
  | { kind: 'skipped'; on: IsoDate }
  | { kind: 'passed' }
  | { kind: 'today' }
  | { kind: 'late'; days: number; since: IsoDate }
  | { kind: 'in'; days: number; on: IsoDate }
  /** Its planned day is past, but it waits for the step before it. */
  | { kind: 'after-previous'; planned: IsoDate }
  | { kind: 'paused' }
  | { kind: 'cancelled' };

export function stepWhen(s: LadderStep, today: IsoDate): StepWhen {
  const day = s.dueOn ?? s.plannedOn;
  switch (s.state) {
    case 'done':
      return { kind: 'done', on: s.doneOn ?? s.plannedOn, channel: s.channel };
    case 'skipped':
      return { kind: 'skipped', on: s.doneOn ?? s.plannedOn };
    case 'passed':
      return { kind: 'passed' };
    case 'due':
      return day < today ? { kind: 'late', days: daysBetween(day, today), since: day } : { kind: 'today' };
    case 'upcoming':
      return day > today
        ? { kind: 'in', days: daysBetween(today, day), on: day }
        : { kind: 'after-previous', planned: s.plannedOn };
    case 'paused':
      return { kind: 'paused' };
    case 'cancelled':
      return { kind: 'cancelled' };
  }
}
