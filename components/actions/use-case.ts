import { type ActionCase, readActionCase } from '../../core/app/action-view';
import type { EcheanceDb } from '../../core/db';
import type { IsoDate } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useLiveQuery } from '../use-live-query';

/** The case as the action panels show it (read model: core/app/action-view.ts). */
export type LiveCase = ActionCase;

/** One invoice with everything the actions need, kept live as the background writes. */
export function useCase(db: EcheanceDb, invoiceId: string, today: IsoDate): LiveCase | null | undefined {
  return useLiveQuery(() => readActionCase(db, invoiceId, today), [db, invoiceId, today]);
}

/** What every action panel receives. */
export interface ActionPanelProps {
  live: LiveCase;
  send: Send;
  today: IsoDate;
  onDone: (error: string | null) => void;
}
