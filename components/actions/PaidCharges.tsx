import type { EcheanceDb } from '../../core/db';
import type { IsoDate } from '../../core/model';
import { LateChargesPanel } from './LateChargesPanel';
import { useCase } from './use-case';

/** The popup's paid row, opened: the case read live, then what the delay made due (or why nothing). */
export function PaidCharges({ db, invoiceId, today }: { db: EcheanceDb; invoiceId: string; today: IsoDate }) {
  const live = useCase(db, invoiceId, today);
  if (!live) return null;
  return <LateChargesPanel live={live} today={today} explainNone />;
}
