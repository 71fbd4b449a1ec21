/**
 * The charts page's read model: what is owed by age, and money collected vs still out per
 * month. Both look only at owed invoices and at payments, so only those are read.
 */
import { agingTotals, type BucketTotal, collectedVsOutstanding, type MonthlySeries } from '../dashboard';
import type { EcheanceDb } from '../db';
import { listPayments, owedInvoices } from '../db/reads';
import type { IsoDate } from '../model';

export interface ChartsView {
  aging: BucketTotal[];
  monthly: MonthlySeries;
}

export async function readCharts(db: EcheanceDb, today: IsoDate): Promise<ChartsView> {
  const [invoices, payments] = await Promise.all([owedInvoices(db), listPayments(db)]);
  return { aging: agingTotals(invoices, today), monthly: collectedVsOutstanding(invoices, payments, today) };
}
