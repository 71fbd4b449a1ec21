import { describe, expect, it } from 'vitest';
import { documentEvent } from '../../../core/app/document-event';
import type { NextAction } from '../../../core/dunning';
import { nextAction, presetById } from '../../../core/dunning';
import { aClient, anInvoice, done } from '../dunning/builders';

const standard = presetById('standard')!;
/** Due 2026-03-31, earlier steps done: J+30 is the registered letter, J+45 the formal notice. */
const actionOn = (today: string, doneSteps: string[] = []): NextAction =>
  nextAction(
    anInvoice(),
    aClient(),
    doneSteps.map((id) => done('2026-04-01', id)),
    standard,
    today,
  );
const upToLetter = ['j7-email', 'j15-phone'];
const upToNotice = [...upToLetter, 'j30-registered_letter'];
const sent = { sentOn: '2026-05-02', tracking: '  1A 234 567 8901 2  ' };
const settings = { formalNoticeDelayDays: 8 };

describe('documentEvent (what sending a document records)', () => {
  it('records a registered letter when today’s step asks for one, with its tracking number', () => {
    const action = actionOn('2026-04-30', upToLetter);
    expect(action.kind === 'step' && action.step.action).toBe('registered_letter');
    expect(documentEvent('letter', action, sent, settings)).toEqual({
      type: 'letter_sent',
      date: '2026-05-02',
      stepId: 'j30-registered_letter',
      registered: true,
      trackingNumber: '1A 234 567 8901 2',
    });
  });

  it('records a plain letter outside a registered-letter step, and no tracking when left blank', () => {
    const action = actionOn('2026-04-07');
    expect(action.kind === 'step' && action.step.id).toBe('j7-email');
    expect(documentEvent('letter', action, { sentOn: '2026-04-07', tracking: '   ' }, settings)).toEqual({
      type: 'letter_sent',
      date: '2026-04-07',
      stepId: 'j7-email',
      registered: false,
      trackingNumber: null,
    });
  });

  it('records the formal notice, the claim declaration and the filing', () => {
    const action = actionOn('2026-05-15', upToNotice);
    expect(documentEvent('formal_notice', action, sent, settings)).toEqual({
      type: 'formal_notice_sent',
      date: '2026-05-02',
      stepId: 'j45-formal_notice',
      trackingNumber: '1A 234 567 8901 2',
      // The days the letter gave: the court step waits for them (core/dunning/ladder).
      deadlineDays: 8,
    });
    expect(documentEvent('formal_notice', action, sent, { formalNoticeDelayDays: 12 })).toMatchObject({
      deadlineDays: 12,
    });
    expect(documentEvent('claim', action, sent, settings)).toEqual({
      type: 'claim_declared',
      date: '2026-05-02',
    });
    expect(documentEvent('kit', action, sent, settings)).toEqual({
      type: 'court_filing',
      date: '2026-05-02',
      stepId: 'j45-formal_notice',
    });
  });

  it('records no step when nothing is due, and nothing at all for a payment plan', () => {
    const waiting = actionOn('2026-03-15');
    expect(waiting.kind).not.toBe('step');
    expect(documentEvent('kit', waiting, sent, settings)).toEqual({
      type: 'court_filing',
      date: '2026-05-02',
      stepId: null,
    });
    expect(documentEvent('plan', actionOn('2026-04-30', upToLetter), sent, settings)).toBeNull();
  });
});
