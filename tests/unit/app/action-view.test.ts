import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readActionCase } from '../../../core/app/action-view';
import { aClient, anInvoice, on, paid } from '../dunning/builders';
import { seeded } from './seed';

describe('readActionCase (the action panels’ read model)', () => {
  it('is null for an invoice that is gone, or whose client is gone', async () => {
    const db = await seeded({ invoices: [anInvoice()] });
    expect(await readActionCase(db, 'nope', '2026-04-10')).toBeNull();
    expect(await readActionCase(db, 'inv-1', '2026-04-10')).toBeNull();
  });

  it('reads the case with its events in timeline order and says today’s step', async () => {
    const call = on('2026-04-08', { type: 'call', outcome: 'no_answer' });
    const first = on('2026-04-07', {
      type: 'reminder_sent',
      stepId: 'j7-email',
      channel: 'email',
      template: 'email.courteous',
    });
    const db = await seeded({ clients: [aClient()], invoices: [anInvoice()], events: [call, first] });
    // Due 2026-03-31: the J+7 e-mail is done, the J+15 call is due on 2026-04-15.
    const live = await readActionCase(db, 'inv-1', '2026-04-15');
    expect(live?.kase.events.map((e) => e.id)).toEqual([first.id, call.id]);
    expect(live?.kase.scenario.id).toBe('standard');
    expect(live?.action.kind).toBe('step');
    expect(live?.action.kind === 'step' && live.action.step.id).toBe('j15-phone');
    expect(live?.settings.defaultScenarioId).toBe('standard');
    expect(live?.charges).toBeNull();
  });

  it('says when the invoice does not state its penalties, and what a late payment made due', async () => {
    const invoice = anInvoice({ mentions: { dueDate: true, penaltyRate: false, recoveryIndemnity: false } });
    const db = await seeded({
      clients: [aClient()],
      invoices: [{ ...invoice, status: 'paid', outstandingCents: 0 }],
      events: [paid('2026-05-30', 150_000)],
    });
    const live = await readActionCase(db, 'inv-1', '2026-06-01');
    expect(live?.unstatedPenalties).toBe(true);
    expect(live?.action).toMatchObject({ kind: 'none', reason: 'paid' });
    // Paid 60 days late by a professional: the 40 € indemnity is due (C. com. L441-10).
    expect(live?.charges?.indemnityCents).toBe(4000);
    expect(live?.charges?.paidOn).toBe('2026-05-30');
    expect(live?.charges?.daysLate).toBe(60);
  });

  it('keeps the stated penalties apart', async () => {
    const db = await seeded({ clients: [aClient()], invoices: [anInvoice()] });
    expect((await readActionCase(db, 'inv-1', '2026-04-01'))?.unstatedPenalties).toBe(false);
  });
});
