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
