/**
 * What can be claimed on an invoice today: principal, interest and the 40 € — the last two
 * only when the law and the invoice's own mentions allow it (C. com. L441-9, L441-10 II;
 * C. civ. 1231-6 for a particulier, from the formal notice).
 */
import {
  canClaimIndemnity,
  canClaimInterest,
  computePenalties,
  type Penalties,
  type PenaltyInput,
} from '../law';
import type { Client, Invoice, InvoiceEvent, IsoDate, Settings } from '../model';
import { summarizeTimeline, type TimelineSummary } from './timeline';

export interface Claim {
  outstandingCents: number;
  penalties: Penalties;
  /** Interest the reminder may cite (0 when it may not). */
  interestCents: number;
  indemnityCents: number;
  totalCents: number;
}

type ClaimSettings = Pick<Settings, 'defaultContractualRatePercent' | 'rateOverrides'>;

export function penaltyInputFor(
  invoice: Pick<Invoice, 'amountDueCents' | 'dueDate' | 'contractualRatePercent'>,
  client: Pick<Client, 'kind'>,
  timeline: TimelineSummary,
  asOf: IsoDate,
  settings?: ClaimSettings,
): PenaltyInput {
  return {
    clientKind: client.kind,
    amountDueCents: invoice.amountDueCents,
    dueDate: invoice.dueDate,
    asOf,
    // The terms-of-sale default is a B2B clause: a consumer owes a contractual rate only when
    // the invoice itself stated it (else the legal rate after a formal notice, C. civ. 1231-6).
    contractualRatePercent:
      invoice.contractualRatePercent ??
      (client.kind === 'pro' ? (settings?.defaultContractualRatePercent ?? null) : null),
    payments: timeline.payments,
    formalNoticeDate: timeline.formalNoticeOn,
    rateOverrides: settings?.rateOverrides,
  };
}

export function claimFromTimeline(
  invoice: Pick<Invoice, 'amountDueCents' | 'dueDate' | 'contractualRatePercent' | 'mentions'>,
  client: Pick<Client, 'kind' | 'proceedings'>,
  timeline: TimelineSummary,
  asOf: IsoDate,
  settings?: ClaimSettings,
): Claim {
  const penalties = computePenalties(penaltyInputFor(invoice, client, timeline, asOf, settings));
  const outstandingCents = Math.max(0, invoice.amountDueCents - timeline.paidCents);
  // Under collective proceedings the 40 € cannot be claimed (legal-fr §3.2) and nothing is chased.
  const proceedings = Boolean(client.proceedings ?? timeline.proceedings);
  const interestCents =
    !proceedings && canClaimInterest(invoice.mentions, client.kind) ? penalties.interestCents : 0;
  const indemnityCents =
    !proceedings && canClaimIndemnity(invoice.mentions, client.kind) ? penalties.indemnityCents : 0;
  return {
    outstandingCents,
    penalties,
    interestCents,
    indemnityCents,
    totalCents: outstandingCents + interestCents + indemnityCents,
  };
}

export function claimFor(
  invoice: Pick<Invoice, 'amountDueCents' | 'dueDate' | 'contractualRatePercent' | 'mentions'>,
  client: Pick<Client, 'kind' | 'proceedings'>,
  events: readonly InvoiceEvent[],
  asOf: IsoDate,
  settings?: ClaimSettings,
): Claim {
  return claimFromTimeline(invoice, client, summarizeTimeline(events), asOf, settings);
}
