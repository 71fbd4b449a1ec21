/**
 * The fields the background caches on each invoice (InvoiceSchema: status, outstandingCents,
 * nextActionDate) so that lists sort and filter without replaying timelines.
 */
import type { Client, Invoice, InvoiceEvent, InvoiceStatus, IsoDate, Scenario } from '../model';
import { nextAction } from './next-action';
import type { NextAction } from './next-action-types';

interface InvoiceState {
  status: InvoiceStatus;
  outstandingCents: number;
  /** Day the next planned action is (or became) due; null when nothing is planned. */
  nextActionDate: IsoDate | null;
}

function statusOf(action: NextAction): InvoiceStatus {
  switch (action.kind) {
    case 'none':
      if (action.reason === 'paid') return 'paid';
      if (action.reason === 'written_off') return 'written_off';
      return action.reason === 'claim-declared' ? 'proceedings' : 'open';
    case 'declare-claim':
      return 'proceedings';
    case 'wait':
      if (action.reason === 'dispute') return 'disputed';
      if (action.reason === 'promise' || action.reason === 'payment-announced') return 'promised';
      return action.reason === 'payment-plan' ? 'plan' : 'open';
    case 'step':
      return 'open';
  }
}

function nextActionDateOf(action: NextAction): IsoDate | null {
  switch (action.kind) {
    case 'none':
      return null;
    case 'wait':
      return action.until;
    case 'declare-claim':
      // Due since the publication; the deadline travels in the action itself.
      return action.bodaccDate;
    case 'step':
      return action.dueOn;
  }
}

function stateFromAction(action: NextAction): InvoiceState {
  return {
    status: statusOf(action),
    outstandingCents: action.outstandingCents,
    nextActionDate: nextActionDateOf(action),
  };
}

export function deriveInvoiceState(
  invoice: Pick<Invoice, 'amountDueCents' | 'dueDate' | 'issueDate'>,
  client: Pick<Client, 'kind' | 'proceedings' | 'remindersOff'>,
  events: readonly InvoiceEvent[],
  scenario: Scenario,
  now: IsoDate,
): InvoiceState {
  return stateFromAction(nextAction(invoice, client, events, scenario, now));
}
