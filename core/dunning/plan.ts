/**
 * A payment plan (échéancier) is watched installment by installment against the payments
 * made since it was agreed. A transfer often lands a day or two after the agreed date, so an
 * installment counts as missed only after a short grace period.
 */
import { addMonths, fromDayNumber, toDayNumber } from '../dates';
import type { Installment, IsoDate } from '../model';
import type { TimelineSummary } from './timeline';

const PLAN_GRACE_DAYS = 3;

/** Equal monthly installments, the rounding remainder on the last one. */
export function equalInstallments(
  totalCents: number,
  count: number,
  firstDate: IsoDate,
  everyMonths = 1,
): Installment[] {
  const n = Math.max(1, Math.floor(count));
  const base = Math.floor(totalCents / n);
  return Array.from({ length: n }, (_, i) => ({
    date: addMonths(firstDate, i * everyMonths),
    amountCents: i === n - 1 ? totalCents - base * (n - 1) : base,
  }));
}

type PlanState =
  | { kind: 'on-track'; nextInstallment: Installment; checkOn: IsoDate }
  | { kind: 'broken'; missedInstallment: Installment; brokenOn: IsoDate }
  | { kind: 'completed' };

export function planState(
  plan: NonNullable<TimelineSummary['plan']>,
  timeline: TimelineSummary,
  now: IsoDate,
): PlanState {
  const installments = [...plan.installments].sort((a, b) => (a.date < b.date ? -1 : 1));
  const sincePlan = timeline.payments.filter((p) => p.date >= plan.madeOn);
  let required = 0;
  for (const installment of installments) {
    required += installment.amountCents;
    const lastDay = fromDayNumber(toDayNumber(installment.date) + PLAN_GRACE_DAYS);
    const paidInTime = sincePlan.reduce((sum, p) => (p.date <= lastDay ? sum + p.amountCents : sum), 0);
    if (paidInTime >= required) continue;
    if (now > lastDay)
      return {
        kind: 'broken',
        missedInstallment: installment,
        brokenOn: fromDayNumber(toDayNumber(lastDay) + 1),
      };
    return {
      kind: 'on-track',
      nextInstallment: installment,
      checkOn: fromDayNumber(toDayNumber(lastDay) + 1),
    };
  }
  return { kind: 'completed' };
}
