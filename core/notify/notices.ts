/**
 * The high-stakes moments that deserve a notification of their own (PRODUCT.md §4
 * "Notifications"): a formal notice or a court filing becoming due, the claim-declaration
 * deadline in collective proceedings, and the limitation period 3 months and 1 month before
 * it ends. Each has a stable id, so it is shown once and only once.
 */
import { addDays, addMonths, latestDate } from '../dates';
import { type DunningCase, nextAction } from '../dunning';
import { prescription } from '../law';
import type { IsoDate } from '../model';

export type NoticeKind =
  | 'formal_notice'
  | 'court_filing'
  | 'claim-deadline'
  | 'prescription-3m'
  | 'prescription-1m';

export interface Notice {
  /** Derived from data: `kind|invoiceId|stepId|day`. Also the notification id and the log key. */
  id: string;
  kind: NoticeKind;
  invoiceId: string;
  stepId: string | null;
  /** The day it should be shown. */
  on: IsoDate;
  /** The date the notification cites (claim deadline, end of the limitation period). */
  deadline: IsoDate | null;
}

/** Days before the claim deadline when we warn (C. com. L622-24: 2 months from BODACC). */
const CLAIM_NOTICE_DAYS_BEFORE = 15;

const notice = (
  kind: NoticeKind,
  invoiceId: string,
  stepId: string | null,
  on: IsoDate,
  deadline: IsoDate | null = null,
): Notice => ({ id: `${kind}|${invoiceId}|${stepId ?? '-'}|${on}`, kind, invoiceId, stepId, on, deadline });

export function noticesFor(c: DunningCase, today: IsoDate): Notice[] {
  const action = nextAction(c.invoice, c.client, c.events, c.scenario, today);
  const out: Notice[] = [];
  if (action.kind === 'none' && action.reason !== 'scenario-complete') return out;
  if (
    action.kind === 'step' ||
    (action.kind === 'wait' && (action.reason === 'scheduled' || action.reason === 'snoozed'))
  ) {
    const kind = action.step.action;
    if (kind === 'formal_notice' || kind === 'court_filing') {
      out.push(
        notice(kind, c.invoice.id, action.step.id, action.kind === 'step' ? action.dueOn : action.until),
      );
    }
  }
  if (action.kind === 'declare-claim') {
    const warnOn = addDays(action.deadline, -CLAIM_NOTICE_DAYS_BEFORE);
    out.push(
      notice('claim-deadline', c.invoice.id, null, latestDate(warnOn, action.bodaccDate), action.deadline),
    );
    return out;
  }
  if (
    action.kind === 'none' ||
    (action.kind === 'wait' && (action.reason === 'dispute' || action.reason === 'client-excluded'))
  )
    return out;
  const p = prescription({
    clientKind: c.client.kind,
    dueDate: c.invoice.dueDate,
    issueDate: c.invoice.issueDate,
    now: today,
  });
  if (p.state !== 'passed') {
    // Captured late, only the nearest warning still makes sense (no « 3 mois » a week before).
    const oneMonth = addMonths(p.deadline, -1);
    if (today < oneMonth) {
      out.push(notice('prescription-3m', c.invoice.id, null, addMonths(p.deadline, -3), p.deadline));
    }
    out.push(notice('prescription-1m', c.invoice.id, null, oneMonth, p.deadline));
  }
  return out;
}
