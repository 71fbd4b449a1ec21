/** Small builders for invoices, clients and timeline events, valid against the model schemas. */
import {
  type Client,
  ClientSchema,
  EventSchema,
  type Invoice,
  type InvoiceEvent,
  type InvoiceEventInput,
  InvoiceSchema,
} from '../../../core/model';

export function aClient(overrides: Partial<Client> = {}): Client {
  return {
    ...ClientSchema.parse({ id: 'client-1', name: 'Atelier Dupont SARL', kind: 'pro' }),
    ...overrides,
  };
}

export function anInvoice(overrides: Partial<Invoice> = {}): Invoice {
  const amount = overrides.amountDueCents ?? 150_000;
  return {
    ...InvoiceSchema.parse({
      id: 'inv-1',
      number: 'F-2026-001',
      clientId: 'client-1',
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      totalCents: amount,
      amountDueCents: amount,
      outstandingCents: amount,
      origin: { kind: 'manual' },
      createdAt: '2026-03-01T09:00:00+01:00',
      mentions: { dueDate: true, penaltyRate: true, recoveryIndemnity: true },
    }),
    ...overrides,
  };
}

let sequence = 0;

type WithoutBase<T> = T extends unknown ? Omit<T, 'id' | 'invoiceId' | 'createdAt' | 'date'> : never;

/** An event on a day; `createdAt` follows the call order so same-day events stay ordered. */
export function on(date: string, event: WithoutBase<InvoiceEventInput>, invoiceId = 'inv-1'): InvoiceEvent {
  sequence += 1;
  const createdAt = `${date}T12:00:${String(sequence % 60).padStart(2, '0')}.${String(sequence).padStart(3, '0').slice(-3)}Z`;
  return EventSchema.parse({ ...event, id: `ev-${sequence}`, invoiceId, date, createdAt });
}

export const paid = (date: string, amountCents: number, invoiceId?: string) =>
  on(date, { type: 'payment', amountCents }, invoiceId);

export const done = (date: string, stepId: string, invoiceId?: string) =>
  on(date, { type: 'reminder_sent', stepId, channel: 'email', template: 'email.courteous' }, invoiceId);
