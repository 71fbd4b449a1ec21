import type { Deriver, EcheanceDb } from '../../core/db';

/** The cached state of an invoice, from core/dunning with the scenarios the user has. */
export async function deriveState(_db: EcheanceDb): Promise<Deriver> {
  return (invoice, _client, events) => {
    const paid = events.reduce((sum, e) => (e.type === 'payment' ? sum + e.amountCents : sum), 0);
    const outstandingCents = invoice.amountDueCents - paid;
    return {
      status: outstandingCents <= 0 ? 'paid' : 'open',
      outstandingCents,
      nextActionDate: invoice.dueDate,
    };
  };
}
