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
import {
  type Client,
  type ContractualRate,
  effectiveContractualRate,
  type Invoice,
  type InvoiceEvent,
  type IsoDate,
  type Settings,
} from '../model';
import { summarizeTimeline, type TimelineSummary } from './timeline';

export interface Claim {
  outstandingCents: number;
  penalties: Penalties;
  /** Interest the reminder may cite (0 when it may not). */
  interestCents: number;
  /** In euros, always (D441-5); counted in `totalCents` only when the invoice is in euros. */
  indemnityCents: number;
  totalCents: number;
}

export type ClaimSettings = Pick<Settings, 'defaultContractualRatePercent' | 'rateOverrides'> &
  Partial<Pick<Settings, 'defaultContractualRate'>>;

export type RatedInvoice = Pick<Invoice, 'amountDueCents' | 'dueDate' | 'contractualRatePercent'> &
  Partial<Pick<Invoice, 'contractualRate' | 'currency'>>;

/** The client's kind, and the rate agreed with them when the caller has it. */
type RatedClient = Pick<Client, 'kind'> & Partial<Pick<Client, 'contractualRate'>>;

/**
 * The rate that applies to an invoice: its own, else the one agreed with the client, else (pro
 * only) the terms-of-sale default.
 */
export function rateForInvoice(
  invoice: Pick<RatedInvoice, 'contractualRate' | 'contractualRatePercent'>,
  client: RatedClient,
  settings?: ClaimSettings,
): ContractualRate | null {
  const own = effectiveContractualRate(invoice);
  if (own) return own;
  // A rate agreed with this client (their contract) binds a consumer too, like the invoice's own.
  if (client.contractualRate) return client.contractualRate;
  // The terms-of-sale default is a B2B clause: a consumer owes a contractual rate only when
  // the invoice itself stated it (else the legal rate after a formal notice, C. civ. 1231-6).
  if (client.kind !== 'pro' || !settings) return null;
  return effectiveContractualRate({
    contractualRate: settings.defaultContractualRate,
    contractualRatePercent: settings.defaultContractualRatePercent,
  });
}

export function penaltyInputFor(
  invoice: RatedInvoice,
  client: RatedClient,
  timeline: TimelineSummary,
  asOf: IsoDate,
  settings?: ClaimSettings,
): PenaltyInput {
  return {
    clientKind: client.kind,
    amountDueCents: invoice.amountDueCents,
    dueDate: invoice.dueDate,
    asOf,
    contractualRate: rateForInvoice(invoice, client, settings),
    currency: invoice.currency ?? 'EUR',
    payments: timeline.payments,
    formalNoticeDate: timeline.formalNoticeOn,
    formalNoticeReceivedDate: timeline.formalNoticeReceivedOn,
    rateOverrides: settings?.rateOverrides,
  };
}

export function claimFromTimeline(
  invoice: RatedInvoice & Pick<Invoice, 'mentions'>,
  client: RatedClient & Pick<Client, 'proceedings'>,
  timeline: TimelineSummary,
  asOf: IsoDate,
  settings?: ClaimSettings,
  /** Claim penalties and the 40 € due by law even if the invoice did not state them
   *  (Cass. com. 3 mars 2009, n° 07-16.527). */
  claimUnstated = false,
): Claim {
  const penalties = computePenalties(penaltyInputFor(invoice, client, timeline, asOf, settings));
  const outstandingCents = Math.max(0, invoice.amountDueCents - timeline.paidCents);
  // Under collective proceedings the 40 € cannot be claimed (C. com. L622-7: no payment of
  // a prior claim) and nothing is chased (L622-21).
  const proceedings = Boolean(client.proceedings ?? timeline.proceedings);
  const interestCents =
    !proceedings && canClaimInterest(invoice.mentions, client.kind, claimUnstated)
      ? penalties.interestCents
      : 0;
  const indemnityCents =
    !proceedings && canClaimIndemnity(invoice.mentions, client.kind, claimUnstated)
      ? penalties.indemnityCents
      : 0;
  const inEuros = (invoice.currency ?? 'EUR') === 'EUR';
  return {
    outstandingCents,
    penalties,
    interestCents,
    indemnityCents,
    totalCents: outstandingCents + interestCents + (inEuros ? indemnityCents : 0),
  };
}

export function claimFor(
  invoice: RatedInvoice & Pick<Invoice, 'mentions'>,
  client: RatedClient & Pick<Client, 'proceedings'>,
  events: readonly InvoiceEvent[],
  asOf: IsoDate,
  settings?: ClaimSettings,
): Claim {
  return claimFromTimeline(invoice, client, summarizeTimeline(events), asOf, settings);
}
