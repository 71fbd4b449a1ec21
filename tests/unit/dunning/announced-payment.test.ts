import { describe, expect, it } from 'vitest';
import {
  deriveInvoiceState,
  describeNext,
  holdAnnouncedPayment,
  nextAction,
  presetById,
} from '../../../core/dunning';
import { SettingsSchema } from '../../../core/model';
import { renderStep } from '../../../core/templates';
import { aClient, anInvoice, done, on, paid } from './builders';

const standard = presetById('standard')!;
const invoice = anInvoice({ dueDate: '2026-03-31', issueDate: '2026-03-01', amountDueCents: 150_000 });
const client = aClient();
const next = (events: Parameters<typeof nextAction>[2], now: string) =>
  nextAction(invoice, client, events, standard, now);

/** « Dit avoir payé » on the J+15 call, on 15 April, recorded with the user's 5-day wait. */
const saysPaid = holdAnnouncedPayment(
  on('2026-04-15', { type: 'call', stepId: 'j15-phone', outcome: 'claims_paid' }),
  5,
);

describe('« le virement est parti »', () => {
  it('the wait comes from the setting when the call carries no date', () => {
    expect(saysPaid).toMatchObject({ promisedDate: '2026-04-20' });
    const dated = on('2026-04-15', { type: 'call', outcome: 'claims_paid', promisedDate: '2026-04-17' });
    expect(holdAnnouncedPayment(dated, 5)).toBe(dated);
    const promise = on('2026-04-15', { type: 'call', outcome: 'promise', promisedDate: '2026-04-30' });
    expect(holdAnnouncedPayment(promise, 5)).toBe(promise);
  });

  it('holds the next step for the days set, then resumes citing the announcement', () => {
    const events = [done('2026-04-07', 'j7-email'), saysPaid];
    const waiting = next(events, '2026-04-20');
    expect(waiting).toMatchObject({
      kind: 'wait',
      reason: 'payment-announced',
      until: '2026-04-21',
      announcedOn: '2026-04-15',
    });
    expect(deriveInvoiceState(invoice, client, events, standard, '2026-04-20')).toMatchObject({
      status: 'promised',
      nextActionDate: '2026-04-21',
    });
    expect(describeNext(waiting, 'fr')).toBe(
      'virement annoncé le 15/04/2026 : relances en pause jusqu’au 21/04/2026',
    );

    const resumed = next(events, '2026-04-30');
    expect(resumed).toMatchObject({
      kind: 'step',
      step: { id: 'j30-registered_letter' },
      brokenPromise: { madeOn: '2026-04-15', promisedDate: '2026-04-15' },
    });
    if (resumed.kind !== 'step') throw new Error('step expected');
    const { body } = renderStep({
      lang: 'fr',
      addressing: 'vous',
      step: resumed.step,
      client,
      settings: SettingsSchema.parse({}),
      now: '2026-04-30',
      invoices: [{ invoice, events }],
      brokenPromise: resumed.brokenPromise,
    });
    expect(body).toContain('vous m’aviez annoncé un règlement pour le 15/04/2026');
  });

  it('the money seen meanwhile closes the invoice: nothing more is sent', () => {
    expect(
      next([done('2026-04-07', 'j7-email'), saysPaid, paid('2026-04-18', 150_000)], '2026-04-30'),
    ).toMatchObject({
      kind: 'none',
      reason: 'paid',
    });
  });

  it('once a step was taken after the wait, the announcement is no longer cited', () => {
    const events = [
      done('2026-04-07', 'j7-email'),
      saysPaid,
      on('2026-04-22', { type: 'letter_sent', stepId: 'j30-registered_letter', registered: true }),
    ];
    expect(next(events, '2026-05-15')).toMatchObject({ kind: 'step', brokenPromise: null });
  });
});
