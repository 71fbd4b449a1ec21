/**
 * Once an invoice is paid late, the interest up to the payment and the 40 € are still owed
 * (C. com. D441-5: for each late payment), even when the invoice did not state them (Cass. com.
 * 3 mars 2009, n° 07-16.527).
 */
import { describe, expect, it } from 'vitest';
import { lateCharges, paidInFullDate } from '../../../core/dunning';
import { aClient, anInvoice, on, paid } from './builders';

const noMentions = { dueDate: true, penaltyRate: false, recoveryIndemnity: false };

describe('lateCharges', () => {
  // A published example: 1 500 € at 10 % for 30 days = 12,33 € (the source truncates to 12,32 €).
  const invoice = anInvoice({
    dueDate: '2026-03-15',
    amountDueCents: 150_000,
    contractualRate: { kind: 'fixed', percent: 10 },
  });

  it('paid 30 days late: 12,33 € of interest and the 40 €', () => {
    const events = [paid('2026-04-14', 150_000)];
    expect(lateCharges(invoice, aClient(), events, '2026-12-01')).toEqual({
      paidOn: '2026-04-14',
      daysLate: 30,
      interestCents: 1_233,
      indemnityCents: 4_000,
      currency: 'EUR',
    });
  });

  it('counts interest on what was still owed after each partial payment', () => {
    const events = [paid('2026-03-30', 75_000), paid('2026-04-14', 75_000)];
    // 1 500 € × 10 % × 15/365 + 750 € × 10 % × 15/365 = 6,16 + 3,08 → 9,25 € (one rounding).
    expect(lateCharges(invoice, aClient(), events, '2026-12-01')).toMatchObject({
      paidOn: '2026-04-14',
      interestCents: 925,
      indemnityCents: 4_000,
    });
  });

  it('nothing when paid on the due date, not yet paid in full, written off, or paid after asOf', () => {
    expect(lateCharges(invoice, aClient(), [paid('2026-03-15', 150_000)], '2026-12-01')).toBeNull();
    expect(lateCharges(invoice, aClient(), [paid('2026-04-14', 100_000)], '2026-12-01')).toBeNull();
    const off = [paid('2026-04-14', 150_000), on('2026-04-20', { type: 'written_off' })];
    expect(lateCharges(invoice, aClient(), off, '2026-12-01')).toBeNull();
    expect(lateCharges(invoice, aClient(), [paid('2026-04-14', 150_000)], '2026-04-01')).toBeNull();
  });

  it('a professional owes the legal penalties even when the invoice did not state them (§7.4)', () => {
    const silent = anInvoice({ dueDate: '2026-03-15', mentions: noMentions });
    const charges = lateCharges(silent, aClient(), [paid('2026-04-14', 150_000)], '2026-12-01');
    // ECB 2,15 % + 10 points (2026 S1, rates.json) for 30 days on 1 500 € = 14,98 €.
    expect(charges).toMatchObject({ interestCents: 1_498, indemnityCents: 4_000 });
  });

  it('a consumer without formal notice owes nothing; with one, interest from its receipt only', () => {
    const consumer = aClient({ kind: 'particulier' });
    expect(lateCharges(invoice, consumer, [paid('2026-04-14', 150_000)], '2026-12-01')).toBeNull();
    const noticed = [on('2026-03-25', { type: 'formal_notice_sent' }), paid('2026-04-14', 150_000)];
    const charges = lateCharges(invoice, consumer, noticed, '2026-12-01');
    expect(charges).toMatchObject({ indemnityCents: 0 });
    expect(charges!.interestCents).toBeGreaterThan(0);
    expect(charges!.interestCents).toBeLessThan(1_233);
  });

  it('a USD invoice: interest in dollars, the 40 € in euros', () => {
    const usd = anInvoice({ ...invoice, currency: 'USD' });
    expect(lateCharges(usd, aClient(), [paid('2026-04-14', 150_000)], '2026-12-01')).toMatchObject({
      currency: 'USD',
      interestCents: 1_233,
      indemnityCents: 4_000,
    });
  });

  it('nothing under collective proceedings', () => {
    const client = aClient({ proceedings: { kind: 'redressement', bodaccDate: '2026-03-20' } });
    expect(lateCharges(invoice, client, [paid('2026-04-14', 150_000)], '2026-12-01')).toBeNull();
  });

  it('paidInFullDate follows the payments in date order', () => {
    const events = [paid('2026-05-01', 50_000), paid('2026-04-01', 100_000)];
    expect(paidInFullDate(150_000, events)).toBe('2026-05-01');
    expect(paidInFullDate(200_000, events)).toBeNull();
  });
});
