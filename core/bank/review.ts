/**
 * What the user decided in the review, turned into the payments to record: each kept line
 * pays what was proposed, or the invoice the user picked instead (up to what it still owes),
 * or nothing. Pure, so the rule is tested here and the dashboard only shows it.
 */
import type { Allocation, OpenInvoice, Proposal } from './match';

type Choice = { kind: 'proposed' } | { kind: 'invoice'; invoiceId: string } | { kind: 'none' };

export interface Decision {
  include: boolean;
  choice: Choice;
}

/** Sure proposals are kept unless unticked; likely ones wait for the user's tick. */
export function defaultDecision(p: Proposal): Decision {
  return {
    include: p.level === 'sure',
    choice: p.level === 'none' ? { kind: 'none' } : { kind: 'proposed' },
  };
}

export function allocationsOf(
  p: Proposal,
  choice: Choice,
  invoices: ReadonlyMap<string, OpenInvoice>,
): Allocation[] {
  if (choice.kind === 'none') return [];
  if (choice.kind === 'proposed') return p.allocations;
  const inv = invoices.get(choice.invoiceId);
  if (!inv || inv.currency !== p.line.currency) return [];
  return [{ invoiceId: inv.id, amountCents: Math.min(p.line.amountCents, inv.outstandingCents) }];
}

interface PaymentToRecord {
  hash: string;
  line: Proposal['line'];
  allocations: Allocation[];
}

export function paymentsToRecord(
  proposals: readonly Proposal[],
  decisions: ReadonlyMap<string, Decision>,
  invoices: ReadonlyMap<string, OpenInvoice>,
): PaymentToRecord[] {
  return proposals.flatMap((p) => {
    const d = decisions.get(p.hash) ?? defaultDecision(p);
    if (!d.include) return [];
    const allocations = allocationsOf(p, d.choice, invoices);
    return allocations.length > 0 ? [{ hash: p.hash, line: p.line, allocations }] : [];
  });
}
