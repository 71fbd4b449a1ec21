import { describe, expect, it } from 'vitest';
import { parseInvoiceCsv } from '../../../core/import/csv';
import { diffImport, updatesOf } from '../../../core/import/update-diff';
import type { KnownInvoice } from '../../../core/model';

const header = 'Numéro;Client;Montant TTC;Échéance;Statut;Reste à payer;Date de paiement';
const rows = (...lines: string[]) => {
  const r = parseInvoiceCsv([header, ...lines].join('\n'));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.rows;
};
const known = (number: string, over: Partial<KnownInvoice> = {}): KnownInvoice => ({
  id: `id-${number}`,
  number,
  totalCents: 120000,
  amountDueCents: 120000,
  outstandingCents: 120000,
  status: 'open',
  ...over,
});
const index = (...ks: KnownInvoice[]) => new Map(ks.map((k) => [k.number, k]));

describe('re-import diff', () => {
  it('sorts new, paid-aside, same, payments, amounts and cancellations', () => {
    const diff = diffImport(
      rows(
        'F-1;Acme SAS;1 200,00 €;31/03/2026;Envoyée;1 200,00 €;', // same
        'F-2;Acme SAS;1 200,00 €;31/03/2026;Partiellement payée;400,00 €;15/04/2026', // payment 800
        'F-3;Acme SAS;1 500,00 €;31/03/2026;Envoyée;1 500,00 €;', // amount 1200 → 1500
        'F-4;Acme SAS;1 200,00 €;31/03/2026;Annulée;0;', // cancelled
        'F-5;Acme SAS;900,00 €;30/04/2026;Envoyée;900,00 €;', // new
        'F-6;Acme SAS;900,00 €;30/04/2026;Payée;0;', // new but paid: aside
        'F-7;Acme SAS;1 200,00 €;31/03/2026;Envoyée;1 200,00 €;', // Échéance knows of a payment the tool does not
      ),
      index(
        known('F-1'),
        known('F-2'),
        known('F-3'),
        known('F-4'),
        known('F-7', { outstandingCents: 20000 }),
      ),
      '2026-05-01',
    );
    expect(diff.outcomes.map((o) => [o.row.item!.number, o.kind])).toEqual([
      ['F-1', 'same'],
      ['F-2', 'update'],
      ['F-3', 'update'],
      ['F-4', 'update'],
      ['F-5', 'new'],
      ['F-6', 'aside'],
      ['F-7', 'kept'],
    ]);
    expect(diff.counts).toEqual({
      new: 1,
      aside: 1,
      payments: 1,
      amounts: 1,
      cancelled: 1,
      kept: 1,
      same: 1,
    });
    const updates = updatesOf(diff, 'export');
    expect(updates).toEqual([
      expect.objectContaining({
        number: 'F-2',
        payment: { amountCents: 80000, date: '2026-04-15' },
        totalCents: null,
        cancel: false,
      }),
      expect.objectContaining({ number: 'F-3', payment: null, totalCents: 150000, cancel: false }),
      expect.objectContaining({ number: 'F-4', payment: null, totalCents: null, cancel: true }),
    ]);
    expect(updates[0]!.expected).toEqual({ totalCents: 120000, outstandingCents: 120000 });
  });

  it('counts only the difference with what Échéance already knows was paid', () => {
    // 300 € already recorded here (from the bank); the tool now says 200 € left: 700 € more came in.
    const diff = diffImport(
      rows('F-1;Acme SAS;1 200,00 €;31/03/2026;Partiellement payée;200,00 €;'),
      index(known('F-1', { outstandingCents: 90000 })),
      '2026-05-01',
    );
    const o = diff.outcomes[0]!;
    expect(o.kind === 'update' && o.change.payment).toEqual({ amountCents: 70000, date: '2026-05-01' });
    expect(o.kind === 'update' && o.change.outstandingAfterCents).toBe(20000);
  });

  it('leaves a closed invoice alone when the tool cancels it', () => {
    const diff = diffImport(
      rows('F-1;Acme SAS;1 200,00 €;31/03/2026;Annulée;;'),
      index(known('F-1', { status: 'paid', outstandingCents: 0 })),
      '2026-05-01',
    );
    expect(diff.outcomes[0]!.kind).toBe('same');
  });
});
