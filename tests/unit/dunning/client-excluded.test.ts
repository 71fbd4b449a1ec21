import { describe, expect, it } from 'vitest';
import {
  actionsDueOn,
  deriveInvoiceState,
  describeNext,
  nextAction,
  presetById,
} from '../../../core/dunning';
import { ClientSchema } from '../../../core/model';
import { noticesFor } from '../../../core/notify';
import { aClient, anInvoice, done, on } from './builders';

const standard = presetById('standard')!;
// Due 31 March 2025: on 1 March 2026 the J+30 letter is long due and, for a consumer, the
// two-year limitation (C. consom. L218-2) is a month away, so notices would be planned.
const invoice = anInvoice({ dueDate: '2025-03-31', issueDate: '2025-03-01' });
const open = aClient({ kind: 'particulier' });
const excluded = aClient({
  kind: 'particulier',
  remindersOff: { since: '2026-02-01', reason: 'direct_debit' },
});
const today = '2026-03-01';
const events = [done('2025-04-07', 'j7-email')];
const caseOf = (client: typeof open) => ({ invoice, client, events, scenario: standard });

describe('a client excluded from reminders', () => {
  it('has nothing due, no planned date, no notice — and all comes back when lifted', () => {
    // The same invoice with reminders on: a step is due and notices are planned.
    expect(nextAction(invoice, open, events, standard, today)).toMatchObject({ kind: 'step' });
    expect(actionsDueOn([caseOf(open)], today)).toHaveLength(1);
    expect(noticesFor(caseOf(open), today).length).toBeGreaterThan(0);

    const action = nextAction(invoice, excluded, events, standard, today);
    expect(action).toMatchObject({
      kind: 'wait',
      reason: 'client-excluded',
      until: null,
      exclusion: { since: '2026-02-01', reason: 'direct_debit' },
      outstandingCents: 150_000,
    });
    expect(actionsDueOn([caseOf(excluded)], today)).toEqual([]);
    expect(noticesFor(caseOf(excluded), today)).toEqual([]);
    // No cached date: no alarm is planned and the invoice stays open (the money is still owed).
    expect(deriveInvoiceState(invoice, excluded, events, standard, today)).toEqual({
      status: 'open',
      outstandingCents: 150_000,
      nextActionDate: null,
    });
    expect(describeNext(action, 'fr')).toBe('client exclu des relances depuis le 01/02/2026');
    expect(describeNext(action, 'en')).toBe('client excluded from reminders since 1 Feb 2026');

    const lifted = { ...excluded, remindersOff: null };
    expect(nextAction(invoice, lifted, events, standard, today)).toEqual(
      nextAction(invoice, open, events, standard, today),
    );
  });

  it('still says when the invoice is paid, and collective proceedings still ask for the claim', () => {
    const paidEvents = [...events, on('2026-02-10', { type: 'payment', amountCents: 150_000 })];
    expect(nextAction(invoice, excluded, paidEvents, standard, today)).toMatchObject({
      kind: 'none',
      reason: 'paid',
    });
    // L622-24: the declaration deadline is not a reminder; missing it forfeits the claim.
    const insolvent = {
      ...excluded,
      proceedings: { kind: 'redressement' as const, bodaccDate: '2026-02-20' },
    };
    expect(nextAction(invoice, insolvent, events, standard, today)).toMatchObject({ kind: 'declare-claim' });
  });

  it('is validated: a known reason and a date, or nothing (older clients have no field)', () => {
    expect(ClientSchema.parse({ id: 'c', name: 'A', kind: 'pro' }).remindersOff).toBeUndefined();
    expect(
      ClientSchema.safeParse({
        id: 'c',
        name: 'A',
        kind: 'pro',
        remindersOff: { since: '2026-02-01', reason: 'x' },
      }).success,
    ).toBe(false);
    expect(
      ClientSchema.safeParse({
        id: 'c',
        name: 'A',
        kind: 'pro',
        remindersOff: { since: '1/2/26', reason: 'other' },
      }).success,
    ).toBe(false);
  });
});
