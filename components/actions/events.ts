/** Builds a timeline event and sends it to the background, which validates and writes it. */
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
  const event = { id: newId(), invoiceId, type, date, createdAt: new Date().toISOString(), ...fields };
  const answer = await send('event/add', { event: event as InvoiceEventInput });
  return answer.ok ? null : [answer.error.message, ...answer.error.issues.map((i) => i.message)].join(' — ');
}
