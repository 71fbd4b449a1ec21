/**
 * The invoice page's read model: the case (loaded once, events in timeline order), where it
 * stands on its ladder, its one status line, each step's time relative to today, the totals
 * with what is not claimed and why, the payments of a paid invoice, and what its missing
 * mentions cost. The page shows these; it computes none of them.
 */
import { type Ladder, ladderFor } from '../dashboard';
import { daysBetween } from '../dates';
import type { EcheanceDb } from '../db';
import { type Claim, claimFor, type DunningCase, summarizeTimeline } from '../dunning';
import { type ComplianceReport, checkMentions } from '../law';
import type { IsoDate, Settings } from '../model';
import { readCaseWithSettings } from './action-view';
import { type StatusLine, type StepWhen, statusLine, stepWhen } from './invoice-status';
import { invoiceTotals, type PaymentLine, paymentLines, type Totals } from './invoice-totals';

export interface InvoicePageView extends DunningCase {
  settings: Settings;
  ladder: Ladder;
  /** Days past the due date today (0 or less before it). */
  daysLate: number;
  /** Penalties to date exactly as reminders and letters compute them (core/dunning claimFor). */
  claim: Claim;
  /** The mentions L441-9 asks for that the invoice lacks. */
  compliance: ComplianceReport;
  /** The one line at the top: what to do today, or where the invoice stands. */
  status: StatusLine;
  /** For each ladder step (same order), when it happens, counted from today. */
  when: StepWhen[];
  /** principal + claimed parts = claimedCents; the parts not claimed keep their reason. */
  totals: Totals;
  /** Closed by payment: the page shows these instead of penalties and warnings. */
  paid: boolean;
  payments: PaymentLine[];
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
  const ladder = ladderFor(invoice, client, events, scenario, today);
  const timeline = summarizeTimeline(events);
  const daysLate = daysBetween(invoice.dueDate, today);
  const claim = claimFor(invoice, client, events, today, settings);
  const status = statusLine({
    ladder,
    timeline,
    events,
    dueDate: invoice.dueDate,
    today,
  });
  return {
    ...kase,
    settings,
    ladder,
    daysLate,
    claim,
    compliance: checkMentions(invoice.mentions, client.kind),
    status,
    when: ladder.steps.map((s) => stepWhen(s, today)),
    totals: invoiceTotals({
      invoice,
      clientKind: client.kind,
      claim,
      timeline,
      scenario,
      nextStepIndex: ladder.next.kind === 'step' ? ladder.next.stepIndex : null,
      daysLate,
    }),
    paid: status.kind === 'paid',
    payments: paymentLines(events),
  };
}
