/**
 * Collective proceedings: reminders stop (C. com. L622-21) and the one thing left is to declare
 * the claim to the mandataire within two months of the BODACC publication (C. com. L622-24,
 * R622-24).
 */
import { addMonths, daysBetween } from '../dates';
import { type WarningCode, warningCode } from '../law';
import type { IsoDate, ProceedingsKind } from '../model';
import type { Common, NextAction } from './next-action-types';

/** Warn this many days before the claim-declaration deadline (C. com. L622-24). */
const CLAIM_WARNING_DAYS = 15;

export function claimDeclaration(
  proceedings: { kind: ProceedingsKind; bodaccDate: IsoDate },
  common: Common,
  now: IsoDate,
): NextAction {
  const deadline = addMonths(proceedings.bodaccDate, 2);
  const daysLeft = daysBetween(now, deadline);
  const warnings: WarningCode[] = [...common.warnings];
  if (daysLeft < 0) warnings.push(warningCode('claim-deadline-passed', deadline));
  else if (daysLeft <= CLAIM_WARNING_DAYS) warnings.push(warningCode('claim-deadline-soon', deadline));
  return {
    kind: 'declare-claim',
    outstandingCents: common.outstandingCents,
    warnings,
    proceedingsKind: proceedings.kind,
    bodaccDate: proceedings.bodaccDate,
    deadline,
    daysLeft,
  };
}
