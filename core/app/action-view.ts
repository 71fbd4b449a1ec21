/**
 * The read model behind every action panel (popup and invoice page): one invoice's case, what
 * the engine says to do next today, and the settings the documents need. The component keeps
 * it live and shows it; the decision is taken here.
 */
import { type EcheanceDb, getSettings } from '../db';
import { getInvoice } from '../db/reads';
import { type DunningCase, type LateCharges, lateCharges, type NextAction, nextAction } from '../dunning';
import { hasUnstatedPenalties } from '../law/compliance';
import type { IsoDate, Settings } from '../model';
import { casesFor } from './read-case';

export interface ActionCase {
  kase: DunningCase;
  action: NextAction;
  settings: Settings;
  /**
   * The invoice does not state its late-payment penalties: the formal notice and the court kit
   * then offer to claim the legal ones (legal-fr §7.4).
   */
  unstatedPenalties: boolean;
  /** Paid after its due date: the interest and the 40 € the delay made due; null otherwise. */
  charges: LateCharges | null;
}

/**
 * One invoice's case and the settings, the start of every per-invoice read model; null when
 * the invoice or its client is gone. (Loading the case itself is core/db casesFor's job.)
 */
export async function readCaseWithSettings(
  db: EcheanceDb,
  invoiceId: string,
): Promise<{ kase: DunningCase; settings: Settings } | null> {
  const invoice = await getInvoice(db, invoiceId);
  if (!invoice) return null;
  const [[kase], settings] = await Promise.all([casesFor(db, [invoice]), getSettings(db)]);
  return kase ? { kase, settings } : null;
}

/** null when the invoice or its client is gone. */
export async function readActionCase(
  db: EcheanceDb,
  invoiceId: string,
  today: IsoDate,
): Promise<ActionCase | null> {
  const read = await readCaseWithSettings(db, invoiceId);
  if (!read) return null;
  const { kase, settings } = read;
  return {
    kase,
    action: nextAction(kase.invoice, kase.client, kase.events, kase.scenario, today),
    settings,
    unstatedPenalties: hasUnstatedPenalties(kase.invoice.mentions, kase.client.kind),
    charges: lateCharges(kase.invoice, kase.client, kase.events, today, settings),
  };
}

/**
 * What a popup row's verb does (core/app/action-row.ts names it): write the reminder, or open the
 * panel of the call, the letter, the formal notice, the court routes or the claim declaration.
 */
export type MainPanel = 'compose' | 'call' | 'letter' | 'formal_notice' | 'routes' | 'claim' | null;

export function mainPanel(action: NextAction): MainPanel {
  if (action.kind === 'declare-claim') return 'claim';
  if (action.kind !== 'step') return null;
  switch (action.step.action) {
    case 'email':
      return 'compose';
    case 'phone':
      return 'call';
    case 'letter':
    case 'registered_letter':
      return 'letter';
    case 'formal_notice':
      return 'formal_notice';
    case 'court_filing':
      return 'routes';
  }
}

/** The « ⋯ » menu of a popup row: the other everyday actions, in this order. */
export type RowMenuItem =
  | 'remind'
  | 'call'
  | 'letter'
  | 'formalNotice'
  | 'paid'
  | 'partial'
  | 'dispute'
  | 'resolve'
  | 'skip'
  | 'snooze'
  | 'writeOff';

/**
 * Everything but the row's own verb. Payment plans and collective proceedings are not here:
 * they are rare, need explaining, and live on the invoice page (issue #20).
 */
export function rowMenu(action: NextAction): RowMenuItem[] {
  const main = mainPanel(action);
  const items: RowMenuItem[] = [];
  if (main !== 'compose' && action.kind === 'step') items.push('remind');
  if (main !== 'call') items.push('call');
  if (main !== 'letter') items.push('letter');
  if (main !== 'formal_notice') items.push('formalNotice');
  items.push('paid', 'partial');
  items.push(action.kind === 'wait' && action.reason === 'dispute' ? 'resolve' : 'dispute');
  if (action.kind === 'step') items.push('skip');
  items.push('snooze', 'writeOff');
  return items;
}
