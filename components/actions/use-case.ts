import { casesFor } from '../../core/app/read-case';
import { type EcheanceDb, getSettings } from '../../core/db';
import { type DunningCase, type NextAction, nextAction } from '../../core/dunning';
import type { IsoDate, Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useLiveQuery } from '../use-live-query';

export interface LiveCase {
  kase: DunningCase;
  action: NextAction;
  settings: Settings;
}

/** One invoice with everything the actions need, kept live as the background writes. */
export function useCase(db: EcheanceDb, invoiceId: string, today: IsoDate): LiveCase | null | undefined {
  return useLiveQuery(async () => {
    const invoice = await db.invoices.get(invoiceId);
    if (!invoice) return null;
    const [kase] = await casesFor(db, [invoice]);
    if (!kase) return null;
    const settings = await getSettings(db);
    return {
      kase,
      action: nextAction(kase.invoice, kase.client, kase.events, kase.scenario, today),
      settings,
    };
  }, [db, invoiceId, today]);
}

/** What every action panel receives. */
export interface ActionPanelProps {
  live: LiveCase;
  send: Send;
  today: IsoDate;
  onDone: (error: string | null) => void;
}
