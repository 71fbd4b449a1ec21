/** Builds a timeline event and sends it to the background, which validates and writes it. */
import type { EventDraft } from '../../core/app/document-event';
import type { InvoiceEventInput, IsoDate } from '../../core/model';
import { newId } from '../../core/model';
import type { Send } from '../../core/protocol';

type Fields<T extends InvoiceEventInput['type']> = Omit<
  Extract<InvoiceEventInput, { type: T }>,
  'id' | 'invoiceId' | 'type' | 'date' | 'createdAt'
>;

export async function record<T extends InvoiceEventInput['type']>(
  send: Send,
  invoiceId: string,
  type: T,
  date: IsoDate,
  fields: Fields<T>,
): Promise<string | null> {
  return recordDraft(send, invoiceId, { type, date, ...fields } as EventDraft);
}

/** Sends an event decided elsewhere (core/app), adding its id and the time it is written. */
export async function recordDraft(send: Send, invoiceId: string, draft: EventDraft): Promise<string | null> {
  const event = { id: newId(), invoiceId, createdAt: new Date().toISOString(), ...draft };
  const answer = await send('event/add', { event: event as InvoiceEventInput });
  return answer.ok ? null : [answer.error.message, ...answer.error.issues.map((i) => i.message)].join(' — ');
}
