/**
 * Limitation periods: 5 years between professionals (C. com. L110-4,
 * C. civ. 2224), 2 years for a professional against a consumer (C. consom. L218-2). Where the
 * period starts is disputed (invoice date, due date, end of service), so we count from the
 * earliest date we know and warn 3 months before. A formal notice does not interrupt it (only a claim in court,
 * an enforcement act or the debtor's acknowledgement do: C. civ. 2240, 2241, 2244).
 */
import { addMonths, addYears, toDayNumber } from '../dates';
import type { ClientKind, IsoDate } from '../model';
import { type WarningCode, warningCode } from './warnings';

export const PRESCRIPTION_WARNING_MONTHS = 3;

export interface PrescriptionInput {
  clientKind: ClientKind;
  dueDate: IsoDate;
  issueDate?: IsoDate | null;
  now: IsoDate;
}

export interface Prescription {
  years: 5 | 2;
  basis: string;
  startsOn: IsoDate;
  /** Last day to bring the claim before a court. */
  deadline: IsoDate;
  warnFrom: IsoDate;
  state: 'running' | 'ending-soon' | 'passed';
  warning: WarningCode | null;
}

export function prescription(input: PrescriptionInput): Prescription {
  const years = input.clientKind === 'pro' ? 5 : 2;
  const startsOn = input.issueDate && input.issueDate < input.dueDate ? input.issueDate : input.dueDate;
  const deadline = addYears(startsOn, years);
  const warnFrom = addMonths(deadline, -PRESCRIPTION_WARNING_MONTHS);
  const state = input.now > deadline ? 'passed' : input.now >= warnFrom ? 'ending-soon' : 'running';
  return {
    years,
    basis: years === 5 ? 'C. com. L110-4 — 5 ans' : 'C. consom. L218-2 — 2 ans',
    startsOn,
    deadline,
    warnFrom,
    state,
    warning:
      state === 'passed'
        ? warningCode('prescription-passed', deadline)
        : state === 'ending-soon'
          ? warningCode('prescription-soon', deadline)
          : null,
  };
}

/**
 * Only the warning, for the engine that runs over every invoice: the deadline is at least
 * `years` × 365 days after the start and the warning 3 months (≤ 92 days) before it, so a
 * claim younger than that needs no calendar arithmetic.
 */
export function prescriptionWarning(input: PrescriptionInput): WarningCode | null {
  const start = input.issueDate && input.issueDate < input.dueDate ? input.issueDate : input.dueDate;
  const years = input.clientKind === 'pro' ? 5 : 2;
  if (toDayNumber(input.now) - toDayNumber(start) < years * 365 - 93) return null;
  return prescription(input).warning;
}
