/**
 * The amounts a document states, per invoice. They all come from core/law (computePenalties,
 * and what the invoice's mentions allow claiming, C. com. L441-9); nothing is recomputed here.
 */
import { penaltyInputFor, summarizeTimeline } from '../dunning';
import { canClaimIndemnity, canClaimInterest, computePenalties, type PenaltySegment } from '../law';
import type { Client, Invoice, InvoiceEvent, IsoDate } from '../model';
import type { DocumentSettings } from './input';

export interface InvoiceClaim {
  invoice: Invoice;
  /** This invoice's events up to the document's date. */
  events: InvoiceEvent[];
  outstandingCents: number;
  /** Late-payment interest claimed (0 when the law or the invoice's mentions do not allow it). */
  interestCents: number;
  indemnityCents: number;
  totalCents: number;
  /** Interest periods (rate, days, legal basis); empty when no interest is claimed. */
  segments: PenaltySegment[];
  /** The rate that applies when interest has not started yet (particulier before the notice). */
  contractualRatePercent: number | null;
  formalNoticeOn: IsoDate | null;
  warnings: string[];
}

export interface ClaimsInput {
  client: Client;
  invoices: readonly Invoice[];
  events: readonly InvoiceEvent[];
  settings: DocumentSettings;
}

export function invoiceClaims(input: ClaimsInput, asOf: IsoDate): InvoiceClaim[] {
  return input.invoices.map((invoice) => {
    const events = input.events.filter((e) => e.invoiceId === invoice.id && e.date <= asOf);
    const timeline = summarizeTimeline(events);
    const penaltyInput = penaltyInputFor(invoice, input.client, timeline, asOf, input.settings);
    const penalties = computePenalties(penaltyInput);
    const outstandingCents = Math.max(0, invoice.amountDueCents - timeline.paidCents);
    const withInterest = canClaimInterest(invoice.mentions, input.client.kind);
    const interestCents = withInterest ? penalties.interestCents : 0;
    const indemnityCents = canClaimIndemnity(invoice.mentions, input.client.kind)
      ? penalties.indemnityCents
      : 0;
    return {
      invoice,
      events,
      outstandingCents,
      interestCents,
      indemnityCents,
      totalCents: outstandingCents + interestCents + indemnityCents,
      segments: withInterest ? penalties.segments : [],
      contractualRatePercent: penaltyInput.contractualRatePercent ?? null,
      formalNoticeOn: timeline.formalNoticeOn,
      warnings: penalties.warnings,
    };
  });
}

export function sumOf(
  claims: readonly InvoiceClaim[],
  field: 'outstandingCents' | 'interestCents' | 'indemnityCents' | 'totalCents',
): number {
  return claims.reduce((s, c) => s + c[field], 0);
}
