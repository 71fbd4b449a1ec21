import { readAllDue } from '../../core/app/overview-read';
import type { EcheanceDb } from '../../core/db/database';
import type { IsoDate } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useLiveQuery } from '../use-live-query';
import { TodayView } from './TodayView';

/** Every action due today, read live (the dashboard; the popup shows the stored head: TodayView). */
export function TodayList({
  db,
  send,
  today,
  onOpenInvoice,
}: {
  db: EcheanceDb;
  send: Send;
  today: IsoDate;
  onOpenInvoice?: (invoiceId: string) => void;
}) {
  const due = useLiveQuery(() => readAllDue(db, today), [db, today]);
  return (
    <TodayView
      db={db}
      send={send}
      today={today}
      onOpenInvoice={onOpenInvoice}
      due={due}
      total={due?.length ?? 0}
    />
  );
}
