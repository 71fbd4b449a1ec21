/**
 * The instalment plan « Plus d'actions » proposes for what is left to pay: equal amounts, the
 * last one taking the rounding, a month apart from the first date (core/dunning/plan.ts).
 */
import { equalInstallments } from '../dunning';
import type { IsoDate } from '../model';

export function instalmentPlan(outstandingCents: number, count: number, firstDate: IsoDate) {
  return equalInstallments(outstandingCents, count, firstDate);
}
