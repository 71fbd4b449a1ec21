/**
 * The invoice page's read model: the case (loaded once, events in timeline order), where it
 * stands on its ladder, the penalties to date as letters claim them, and what its missing
 * mentions cost. The page shows these; it computes none of them.
 */
import { type Ladder, ladderFor } from '../dashboard';
import { daysBetween } from '../dates';
import type { EcheanceDb } from '../db';
import { type Claim, claimFor, type DunningCase } from '../dunning';
import { type ComplianceReport, checkMentions } from '../law';
import type { IsoDate, Settings } from '../model';
import { readCaseWithSettings } from './action-view';

export interface InvoicePageView extends DunningCase {
  settings: Settings;
  ladder: Ladder;
  /** Days past the due date today (0 or less before it). */
  daysLate: number;
  /** Penalties to date exactly as reminders and letters compute them (core/dunning claimFor). */
  claim: Claim;
  /** The mentions L441-9 asks for that the invoice lacks. */
  compliance: ComplianceReport;
}

/** null when the invoice or its client is gone. */
export async function readInvoicePage(
  db: EcheanceDb,
  invoiceId: string,
  today: IsoDate,
): Promise<InvoicePageView | null> {
  const read = await readCaseWithSettings(db, invoiceId);
  if (!read) return null;
  const { kase, settings } = read;
  const { invoice, client, events, scenario } = kase;
  return {
    ...kase,
    settings,
    ladder: ladderFor(invoice, client, events, scenario, today),
    daysLate: daysBetween(invoice.dueDate, today),
    claim: claimFor(invoice, client, events, today, settings),
    compliance: checkMentions(invoice.mentions, client.kind),
  };
}
