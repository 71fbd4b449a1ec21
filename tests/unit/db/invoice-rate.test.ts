/** Issue #14: the per-invoice rate editor's write, and the client's agreed rate in the claim. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { type Deriver, EcheanceDb, importItems, setInvoiceRate } from '../../../core/db';
import { claimFor, rateForInvoice } from '../../../core/dunning';
import type { ImportItem } from '../../../core/model';
import { aClient, anInvoice } from '../dunning/builders';

const calls: string[] = [];
const derive: Deriver = (invoice) => {
  calls.push(invoice.contractualRate?.kind ?? 'none');
  return { status: 'open', outstandingCents: invoice.amountDueCents, nextActionDate: invoice.dueDate };
};
const item: ImportItem = {
  number: 'F-1',
  clientName: 'Acme',
  clientEmail: null,
  clientKind: 'pro',
  clientPhone: null,
  clientAddress: null,
  clientSiren: null,
  totalCents: 150_000,
  amountDueCents: 150_000,
  issueDate: null,
  dueDate: '2025-12-16',
  currency: 'EUR',
  paymentTerms: null,
  contractualRatePercent: 10,
  mentions: { dueDate: true, penaltyRate: false, recoveryIndemnity: true },
  origin: null,
  file: null,
};

let db: EcheanceDb | undefined;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = undefined;
});

describe('setInvoiceRate', () => {
  it('stores the kind, mirrors a fixed rate in the legacy percent, and re-derives the invoice', async () => {
    db = new EcheanceDb('invoice-rate');
    await importItems(db, [item], { kind: 'manual' }, '2026-01-01T08:00:00Z', derive, '2026-01-01');
    const [stored] = await db.invoices.toArray();
    calls.length = 0;
    await setInvoiceRate(db, stored!.id, { kind: 'legal-multiple', factor: 3 }, derive, '2026-01-29');
    let after = (await db.invoices.get(stored!.id))!;
    expect(after.contractualRate).toEqual({ kind: 'legal-multiple', factor: 3 });
    expect(after.contractualRatePercent).toBeNull();
    expect(after.mentions.penaltyRate).toBe(true);
    expect(calls).toEqual(['legal-multiple']);

    await setInvoiceRate(db, stored!.id, { kind: 'fixed', percent: 12 }, derive, '2026-01-29');
    after = (await db.invoices.get(stored!.id))!;
    expect(after.contractualRatePercent).toBe(12);

    await setInvoiceRate(db, stored!.id, null, derive, '2026-01-29');
    after = (await db.invoices.get(stored!.id))!;
    expect(after.contractualRate).toBeNull();
    expect(after.contractualRatePercent).toBeNull();
    expect(after.mentions.penaltyRate).toBe(true); // as it was: clearing the figure keeps the mention
  });

  it('refuses an unknown invoice', async () => {
    db = new EcheanceDb('invoice-rate-unknown');
    await expect(setInvoiceRate(db, 'nope', null, derive, '2026-01-29')).rejects.toThrow('facture inconnue');
  });
});

describe('the rate agreed with a client', () => {
  const settings = {
    defaultContractualRatePercent: 15,
    rateOverrides: [],
    defaultContractualRate: null,
  };
  it('comes after the invoice’s own rate and before the settings’ default', () => {
    const three = { kind: 'legal-multiple', factor: 3 } as const;
    const client = aClient({ contractualRate: three });
    expect(rateForInvoice({ contractualRatePercent: 10 }, client, settings)).toEqual({
      kind: 'fixed',
      percent: 10,
    });
    expect(rateForInvoice({ contractualRatePercent: null }, client, settings)).toEqual(three);
    expect(rateForInvoice({ contractualRatePercent: null }, aClient(), settings)).toEqual({
      kind: 'fixed',
      percent: 15,
    });
    // A consumer's own contract binds them; the B2B default does not.
    const consumer = aClient({ kind: 'particulier', contractualRate: three });
    expect(rateForInvoice({ contractualRatePercent: null }, consumer, settings)).toEqual(three);
    expect(
      rateForInvoice({ contractualRatePercent: null }, aClient({ kind: 'particulier' }), settings),
    ).toBeNull();
  });

  it('the review’s example: 1 500 € from 16/12/2025 to 29/01/2026 at 3 × the legal rate = 14,47 €', () => {
    const invoice = anInvoice({ dueDate: '2025-12-16', contractualRatePercent: null });
    const client = aClient({ contractualRate: { kind: 'legal-multiple', factor: 3 } });
    const claim = claimFor(invoice, client, [], '2026-01-29');
    expect(claim.interestCents).toBe(1_447);
  });
});
