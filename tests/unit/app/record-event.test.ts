import { describe, expect, it } from 'vitest';
import {
  announcePayment,
  markPaid,
  recordEvent,
  recordPayments,
  setRate,
  snooze,
} from '../../../core/app/record-event';
import { saveSettings } from '../../../core/db';
import { DEFAULT_SETTINGS } from '../../../core/model';
import { freshDb, item, NOW, seed, TODAY } from './fixture';

const stamp = { date: TODAY, createdAt: NOW.toISOString(), note: '' };

describe('recording what happened to an invoice', () => {
  it('a reminder recorded moves the next action to the next step', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    expect(f1?.nextActionDate).toBe(TODAY);
    await recordEvent(
      db,
      {
        ...stamp,
        id: 'e1',
        invoiceId: f1!.id,
        type: 'reminder_sent',
        stepId: 'j7-email',
        channel: 'email',
        template: 'email.courteous',
        gmailThreadId: null,
        gmailMessageId: null,
      },
      NOW,
    );
    const after = await db.invoices.get(f1!.id);
    // Next: the J+15 call, 19 March (a Thursday).
    expect(after?.nextActionDate).toBe('2026-03-19');
    expect(await db.events.count()).toBe(1);
  });

  it('« dit avoir payé » waits the days of the settings', async () => {
    const db = freshDb();
    await saveSettings(db, { ...DEFAULT_SETTINGS, payment: { ...DEFAULT_SETTINGS.payment, holdDays: 9 } });
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    await recordEvent(
      db,
      {
        ...stamp,
        id: 'c1',
        invoiceId: f1!.id,
        type: 'call',
        stepId: null,
        outcome: 'claims_paid',
        promisedDate: null,
      },
      NOW,
    );
    const [call] = await db.events.toArray();
    expect(call?.type === 'call' && call.promisedDate).toBe('2026-03-20');
  });

  it('« Payée » pays the rest once, even when pressed twice', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    await recordEvent(
      db,
      { ...stamp, id: 'p1', invoiceId: f1!.id, type: 'payment', amountCents: 20_000 },
      NOW,
    );
    await Promise.all([markPaid(db, f1!.id, NOW), markPaid(db, f1!.id, NOW)]);
    const payments = (await db.events.toArray()).filter((e) => e.type === 'payment');
    expect(payments.map((e) => e.type === 'payment' && e.amountCents).sort()).toEqual([100_000, 20_000]);
    expect(await db.invoices.get(f1!.id)).toMatchObject({ status: 'paid', outstandingCents: 0 });
  });

  it('a rate set by the user is stated on the invoice', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    await setRate(db, f1!.id, { kind: 'fixed', percent: 12 }, NOW);
    const after = await db.invoices.get(f1!.id);
    expect(after?.contractualRate).toEqual({ kind: 'fixed', percent: 12 });
    expect(after?.contractualRatePercent).toBe(12);
    expect(after?.mentions.penaltyRate).toBe(true);
  });

  it('a payment announced by e-mail is held once per message, and never on a paid invoice', async () => {
    const db = freshDb();
    const { 'F-1': f1, 'F-2': f2 } = await seed(db, [item('F-1', '2026-03-04'), item('F-2', '2026-03-04')]);
    expect(await announcePayment(db, f1!.id, 'm1', NOW)).toBe(true);
    expect(await announcePayment(db, f1!.id, 'm1', NOW)).toBe(false);
    const held = await db.invoices.get(f1!.id);
    // No reminder while the money may be on its way (5 days by default).
    expect(held?.nextActionDate).not.toBe(TODAY);
    await markPaid(db, f2!.id, NOW);
    expect(await announcePayment(db, f2!.id, 'm2', NOW)).toBe(false);
    await expect(announcePayment(db, 'nope', null, NOW)).rejects.toThrow('facture inconnue');
  });

  it('« Plus tard » snoozes each invoice to tomorrow', async () => {
    const db = freshDb();
    const { 'F-1': f1, 'F-2': f2 } = await seed(db, [item('F-1', '2026-03-04'), item('F-2', '2026-03-04')]);
    await snooze(db, [f1!.id, f2!.id], NOW);
    const events = await db.events.toArray();
    expect(events.map((e) => e.type === 'snoozed' && e.until)).toEqual(['2026-03-12', '2026-03-12']);
    expect((await db.invoices.get(f1!.id))?.nextActionDate).toBe('2026-03-12');
  });

  it('bank payments are recorded all or none', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    const line = {
      row: 2,
      date: TODAY,
      amountCents: 120_000,
      currency: 'EUR',
      label: 'VIR ACME',
      counterparty: null,
      reference: null,
      source: 'csv' as const,
    };
    const payment = {
      hash: 'h1',
      file: 'releve.csv',
      line,
      allocations: [{ invoiceId: f1!.id, amountCents: 120_000 }],
    };
    expect(await recordPayments(db, [payment], NOW)).toEqual({ recorded: 1, skipped: 0 });
    expect(await recordPayments(db, [payment], NOW)).toEqual({ recorded: 0, skipped: 1 });
    expect((await db.invoices.get(f1!.id))?.status).toBe('paid');
  });
});
