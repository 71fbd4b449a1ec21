import { describe, expect, it } from 'vitest';
import {
  deriveInvoiceState,
  describeNext,
  nextAction,
  outstandingCents,
  presetById,
} from '../../../core/dunning';
import { aClient, anInvoice, done, on, paid } from './builders';

const standard = presetById('standard')!;
const invoice = anInvoice({ dueDate: '2026-03-31', issueDate: '2026-03-01', amountDueCents: 150_000 });
const client = aClient();
const next = (events: Parameters<typeof nextAction>[2], now: string, c = client) =>
  nextAction(invoice, c, events, standard, now);

describe('the ladder', () => {
  it('waits for the first step’s day, then proposes it on that day', () => {
    expect(next([], '2026-04-06')).toMatchObject({ kind: 'wait', reason: 'scheduled', until: '2026-04-07' });
    expect(next([], '2026-04-07')).toMatchObject({
      kind: 'step',
      step: { id: 'j7-email' },
      dueOn: '2026-04-07',
      lateOnPlan: false,
      daysLate: 7,
      outstandingCents: 150_000,
    });
  });

  it('an invoice captured at J+40 proposes the first undone step, late on the plan', () => {
    expect(next([], '2026-05-10')).toMatchObject({
      kind: 'step',
      step: { id: 'j7-email' },
      lateOnPlan: true,
    });
  });

  it('never proposes a done step twice and keeps the plan’s spacing after a late action', () => {
    const events = [done('2026-05-10', 'j7-email')];
    // J+15 call is 8 days after the J+7 email, so 8 days after the late email.
    expect(next(events, '2026-05-10')).toMatchObject({
      kind: 'wait',
      until: '2026-05-18',
      step: { id: 'j15-phone' },
    });
    expect(next(events, '2026-05-18')).toMatchObject({ kind: 'step', step: { id: 'j15-phone' } });
  });

  it('a skipped step is done; a snoozed step waits until the snooze ends', () => {
    const skipped = [on('2026-04-07', { type: 'step_skipped', stepId: 'j7-email' })];
    expect(next(skipped, '2026-04-15')).toMatchObject({ kind: 'step', step: { id: 'j15-phone' } });
    const snoozed = [on('2026-04-07', { type: 'snoozed', until: '2026-04-10' })];
    expect(next(snoozed, '2026-04-08')).toMatchObject({
      kind: 'wait',
      reason: 'snoozed',
      until: '2026-04-10',
    });
    expect(next(snoozed, '2026-04-10')).toMatchObject({ kind: 'step', step: { id: 'j7-email' } });
  });

  it('after the last step there is nothing left to propose', () => {
    const events = standard.steps.map((s) => done('2026-06-01', s.id));
    expect(next(events, '2026-09-01')).toMatchObject({ kind: 'none', reason: 'scenario-complete' });
  });
});

describe('the states of an invoice', () => {
  it('paid: closed once the payments cover the amount due', () => {
    const events = [paid('2026-04-02', 100_000), paid('2026-04-05', 50_000)];
    expect(outstandingCents(invoice, events)).toBe(0);
    expect(next(events, '2026-05-01')).toMatchObject({ kind: 'none', reason: 'paid' });
    expect(deriveInvoiceState(invoice, client, events, standard, '2026-05-01')).toEqual({
      status: 'paid',
      outstandingCents: 0,
      nextActionDate: null,
    });
  });

  it('partial payment: the remaining amount drives the next step', () => {
    expect(next([paid('2026-04-02', 100_000)], '2026-04-07')).toMatchObject({
      kind: 'step',
      outstandingCents: 50_000,
    });
  });

  it('written off: closed', () => {
    expect(next([on('2026-04-20', { type: 'written_off' })], '2026-05-01')).toMatchObject({
      reason: 'written_off',
    });
  });

  it('disputed: paused with guidance until the dispute is resolved', () => {
    const opened = on('2026-04-05', { type: 'dispute_opened' });
    expect(next([opened], '2026-04-20')).toEqual({
      kind: 'wait',
      reason: 'dispute',
      until: null,
      guidance: ['talk', 'mediation', 'no-court-order-for-contested-claims'],
      outstandingCents: 150_000,
      warnings: [],
    });
    expect(deriveInvoiceState(invoice, client, [opened], standard, '2026-04-20').status).toBe('disputed');
    const resolved = [opened, on('2026-04-25', { type: 'dispute_resolved' })];
    expect(next(resolved, '2026-04-25')).toMatchObject({ kind: 'step', step: { id: 'j7-email' } });
  });

  it('a claim that was disputed carries a warning when the court filing comes', () => {
    const events = [
      on('2026-04-05', { type: 'dispute_opened' }),
      on('2026-04-06', { type: 'dispute_resolved' }),
      ...standard.steps.slice(0, 4).map((s) => done('2026-05-20', s.id)),
    ];
    expect(next(events, '2026-06-05')).toMatchObject({
      kind: 'step',
      step: { action: 'court_filing' },
      warnings: ['court-filing-contested'],
    });
    // Issue #15: that court step offers a summons or the référé-provision, not the injonction.
    expect(describeNext(next(events, '2026-06-05'), 'fr')).toContain(
      'assignation ou référé-provision (créance contestée)',
    );
    expect(describeNext(next(events, '2026-06-05'), 'en')).toContain('summons or interim payment');
  });

  it('promise to pay: paused until the day after the promised date, then resumes citing it', () => {
    const promise = on('2026-04-15', {
      type: 'call',
      stepId: 'j15-phone',
      outcome: 'promise',
      promisedDate: '2026-04-25',
    });
    const events = [done('2026-04-07', 'j7-email'), promise];
    // Promised for Saturday 25 April: the day after is a Sunday, so the ladder resumes on Monday.
    expect(next(events, '2026-04-25')).toMatchObject({
      kind: 'wait',
      reason: 'promise',
      until: '2026-04-27',
    });
    expect(deriveInvoiceState(invoice, client, events, standard, '2026-04-25').status).toBe('promised');
    expect(next(events, '2026-04-30')).toMatchObject({
      kind: 'step',
      step: { id: 'j30-registered_letter' },
      brokenPromise: { madeOn: '2026-04-15', promisedDate: '2026-04-25' },
    });
    expect(next([...events, paid('2026-04-24', 150_000)], '2026-04-30')).toMatchObject({ reason: 'paid' });
  });

  it('« le client dit avoir payé »: the ladder waits for the transfer, then resumes', () => {
    const call = on('2026-04-16', { type: 'call', stepId: 'j15-phone', outcome: 'claims_paid' });
    const events = [done('2026-04-07', 'j7-email'), call];
    expect(next(events, '2026-04-20')).toMatchObject({ kind: 'wait', reason: 'payment-announced' });
    expect(next(events, '2026-05-02')).toMatchObject({ kind: 'step', step: { id: 'j30-registered_letter' } });
  });

  it('payment plan: waits while installments are paid, resumes the ladder when one is missed', () => {
    const plan = on('2026-04-10', {
      type: 'payment_plan',
      installments: [
        { date: '2026-04-30', amountCents: 75_000 },
        { date: '2026-05-31', amountCents: 75_000 },
      ],
    });
    const events = [done('2026-04-07', 'j7-email'), plan];
    expect(next(events, '2026-04-20')).toMatchObject({
      kind: 'wait',
      reason: 'payment-plan',
      until: '2026-05-04',
      installment: { date: '2026-04-30' },
    });
    const keptFirst = [...events, paid('2026-04-30', 75_000)];
    expect(next(keptFirst, '2026-05-10')).toMatchObject({
      reason: 'payment-plan',
      installment: { date: '2026-05-31' },
    });
    expect(next(events, '2026-05-04')).toMatchObject({
      kind: 'step',
      step: { id: 'j15-phone' },
      brokenPlan: { missedInstallment: { date: '2026-04-30' } },
    });
  });

  it('collective proceedings: only the claim declaration is left, BODACC + 2 months, warned before', () => {
    const inProceedings = aClient({ proceedings: { kind: 'redressement', bodaccDate: '2026-04-20' } });
    expect(next([], '2026-05-01', inProceedings)).toMatchObject({
      kind: 'declare-claim',
      deadline: '2026-06-20',
      daysLeft: 50,
      warnings: [],
    });
    expect(next([], '2026-06-10', inProceedings).warnings).toEqual(['claim-deadline-soon:2026-06-20']);
    expect(next([], '2026-06-21', inProceedings).warnings).toEqual(['claim-deadline-passed:2026-06-20']);
    const declared = [on('2026-05-02', { type: 'claim_declared' })];
    expect(next(declared, '2026-05-03', inProceedings)).toMatchObject({
      kind: 'none',
      reason: 'claim-declared',
    });
    const fromEvent = [
      on('2026-04-22', { type: 'proceedings_opened', kind: 'liquidation', bodaccDate: '2026-04-21' }),
    ];
    expect(next(fromEvent, '2026-05-01')).toMatchObject({ kind: 'declare-claim', deadline: '2026-06-21' });
  });

  it('warns 3 months before the prescription (5 years from the invoice date for a pro)', () => {
    expect(next([], '2030-12-01').warnings).toEqual(['prescription-soon:2031-03-01']);
  });
});
