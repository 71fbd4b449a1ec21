/**
 * The amounts a document states, per invoice. They all come from core/law (computePenalties,
 * and what the invoice's mentions allow claiming, C. com. L441-9); nothing is recomputed here.
 */
import { penaltyInputFor, summarizeTimeline } from '../dunning';
import { canClaimIndemnity, canClaimInterest, computePenalties, type PenaltySegment } from '../law';
import type { Client, ContractualRate, Invoice, InvoiceEvent, IsoDate } from '../model';
import type { DocumentSettings } from './input';

export interface InvoiceClaim {
  invoice: Invoice;
  /** This invoice's events up to the document's date. */
  events: InvoiceEvent[];
  outstandingCents: number;
  /** Late-payment interest claimed, in the invoice's currency (0 when not claimed). */
  interestCents: number;
  /** The 40 €, always in euros (D441-5), whatever the invoice's currency. */
  indemnityCents: number;
  /** Principal + interest, + the indemnity only when the invoice is in euros. */
  totalCents: number;
  /** Interest periods (rate, days, legal basis); empty when no interest is claimed. */
  segments: PenaltySegment[];
  /** The rate that applies when interest has not started yet (particulier before the notice). */
  contractualRatePercent: number | null;
  /** The contractual rate with its kind, null when the legal default applies. */
  contractualRate: ContractualRate | null;
  formalNoticeOn: IsoDate | null;
  /** The notice's acknowledged receipt (a consumer's interest runs from it). */
  formalNoticeReceivedOn: IsoDate | null;
  /** Penalties the law grants but the invoice did not state, left out here (this document). */
  unstatedLeftOut: boolean;
  warnings: string[];
}

interface ClaimsInput {
  client: Client;
  invoices: readonly Invoice[];
  events: readonly InvoiceEvent[];
  settings: DocumentSettings;
  claimLegalPenalties?: boolean;
}

export function invoiceClaims(input: ClaimsInput, asOf: IsoDate): InvoiceClaim[] {
  return input.invoices.map((invoice) => {
    const events = input.events.filter((e) => e.invoiceId === invoice.id && e.date <= asOf);
    const timeline = summarizeTimeline(events);
    const penaltyInput = penaltyInputFor(invoice, input.client, timeline, asOf, input.settings);
    const penalties = computePenalties(penaltyInput);
    const outstandingCents = Math.max(0, invoice.amountDueCents - timeline.paidCents);
    const kind = input.client.kind;
    const claimUnstated = input.claimLegalPenalties === true;
    const withInterest = canClaimInterest(invoice.mentions, kind, claimUnstated);
    const withIndemnity = canClaimIndemnity(invoice.mentions, kind, claimUnstated);
    const interestCents = withInterest ? penalties.interestCents : 0;
    const indemnityCents = withIndemnity ? penalties.indemnityCents : 0;
    const inEuros = invoice.currency === 'EUR';
    const rate = penaltyInput.contractualRate ?? null;
    return {
      invoice,
      events,
      outstandingCents,
      interestCents,
      indemnityCents,
      totalCents: outstandingCents + interestCents + (inEuros ? indemnityCents : 0),
      segments: withInterest ? penalties.segments : [],
      contractualRatePercent: rate?.kind === 'fixed' ? rate.percent : null,
      contractualRate: rate,
      formalNoticeOn: timeline.formalNoticeOn,
      formalNoticeReceivedOn: timeline.formalNoticeReceivedOn,
      unstatedLeftOut:
        (!withInterest && penalties.interestCents > 0) || (!withIndemnity && penalties.indemnityCents > 0),
      warnings: penalties.warnings,
    };
  });
}

/** The 40 € of every invoice, in euros: a separate line when the invoices are in another currency. */
export function indemnityApart(claims: readonly InvoiceClaim[]): number {
  return claims.reduce((s, c) => s + (c.invoice.currency === 'EUR' ? 0 : c.indemnityCents), 0);
}

export function sumOf(
  claims: readonly InvoiceClaim[],
  field: 'outstandingCents' | 'interestCents' | 'indemnityCents' | 'totalCents',
): number {
  return claims.reduce((s, c) => s + c[field], 0);
}
