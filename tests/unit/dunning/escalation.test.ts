/**
 * Issue #20, « escalation follows the user »: an action of a later step moves the invoice to
 * that step, a formal notice is followed by its deadline then the court step, and the ladder
 * never asks for a step below one already done.
 */
import { describe, expect, it } from 'vitest';
import { nextAction, presetById } from '../../../core/dunning';
import { aClient, anInvoice, done, on } from './builders';

const standard = presetById('standard')!;
const compact = presetById('compact')!;
// Due Tuesday 31 March 2026: J+7 is 7 April.
const invoice = anInvoice({ dueDate: '2026-03-31', issueDate: '2026-03-01' });
const client = aClient();
const next = (events: Parameters<typeof nextAction>[2], now: string, scenario = standard) =>
  nextAction(invoice, client, events, scenario, now);

describe('escalation follows the user', () => {
  it('a formal notice recorded at J+7 with no step: next is the court step, after the notice’s deadline', () => {
    const events = [on('2026-04-07', { type: 'formal_notice_sent', stepId: null })];
    // 15 days (the longest delay a notice may give) from 7 April: court step due on 23 April.
    expect(next(events, '2026-04-08')).toMatchObject({
      kind: 'wait',
      reason: 'scheduled',
      until: '2026-04-23',
      step: { id: 'j60-court_filing', action: 'court_filing' },
    });
    expect(next(events, '2026-04-22')).toMatchObject({ kind: 'wait', until: '2026-04-23' });
    expect(next(events, '2026-04-23')).toMatchObject({
      kind: 'step',
      step: { id: 'j60-court_filing' },
      stepIndex: 4,
    });
  });

  it('a notice that gave 8 days (its event says so): the court step comes the day after them', () => {
    // What the document panel records: the settings' delay, as the letter printed it.
    const events = [on('2026-04-07', { type: 'formal_notice_sent', stepId: null, deadlineDays: 8 })];
    expect(next(events, '2026-04-08')).toMatchObject({
      kind: 'wait',
      reason: 'scheduled',
      until: '2026-04-16',
    });
    expect(next(events, '2026-04-16')).toMatchObject({ kind: 'step', step: { id: 'j60-court_filing' } });
    // Counted from the receipt when it is known: 10 April + 8 days ends on Saturday 18 April,
    // so the court step is proposed on Monday 20 April (not on the Sunday in between).
    const received = [...events, on('2026-04-10', { type: 'receipt_acknowledged' })];
    expect(next(received, '2026-04-17')).toMatchObject({ kind: 'wait', until: '2026-04-20' });
  });

  it('a formal notice recorded against the due e-mail step is still the scenario’s formal notice', () => {
    // What the document panel records: the step that was due (the J+7 e-mail) as its stepId.
    const events = [on('2026-04-07', { type: 'formal_notice_sent', stepId: 'j7-email' })];
    for (const day of ['2026-04-08', '2026-04-15', '2026-04-30', '2026-05-20']) {
      const action = next(events, day);
      expect(action.kind === 'step' || action.kind === 'wait').toBe(true);
      if ('step' in action) expect(action.step.action, day).toBe('court_filing');
    }
  });

  it('the deadline runs from the acknowledgement of receipt when it is recorded', () => {
    const events = [
      on('2026-04-07', { type: 'formal_notice_sent', stepId: null }),
      on('2026-04-10', { type: 'receipt_acknowledged' }),
    ];
    expect(next(events, '2026-04-20')).toMatchObject({ kind: 'wait', until: '2026-04-27' });
  });

  it('a formal notice sent on its planned day keeps the plan: court at J+60', () => {
    const events = [
      done('2026-04-07', 'j7-email'),
      on('2026-04-15', { type: 'call', stepId: 'j15-phone', outcome: 'no_answer' }),
      on('2026-04-30', { type: 'letter_sent', stepId: 'j30-registered_letter', registered: true }),
      on('2026-05-15', { type: 'formal_notice_sent', stepId: 'j45-formal_notice' }),
    ];
    // J+60 is Saturday 30 May: the court step waits for Monday.
    expect(next(events, '2026-05-16')).toMatchObject({ kind: 'wait', until: '2026-06-01' });
  });

  it('a registered letter sent at J+7 moves to the notice, on the notice’s own day', () => {
    const events = [on('2026-04-07', { type: 'letter_sent', stepId: null, registered: true })];
    // Only a notice's deadline brings a step forward; the notice itself keeps its day, J+45.
    expect(next(events, '2026-04-08')).toMatchObject({
      kind: 'wait',
      until: '2026-05-15',
      step: { id: 'j45-formal_notice' },
    });
  });

  it('never asks for a step below one done: an e-mail after the notice moves nothing back', () => {
    const events = [
      on('2026-04-07', { type: 'formal_notice_sent', stepId: null }),
      on('2026-04-12', { type: 'reminder_sent', stepId: null, channel: 'email', template: 'email.firm' }),
      on('2026-04-13', { type: 'letter_sent', stepId: null, registered: false }),
    ];
    const action = next(events, '2026-05-01');
    expect('step' in action && action.step.action).toBe('court_filing');
  });

  it('one e-mail is one e-mail step: the compact scenario moves one rung', () => {
    const email = (date: string) =>
      on(date, { type: 'reminder_sent', stepId: null, channel: 'email', template: 'email.courteous' });
    // Standard: the e-mail is its J+7 e-mail; the call comes next.
    expect(next([email('2026-04-02')], '2026-04-07')).toMatchObject({ step: { id: 'j15-phone' } });
    expect(next([email('2026-04-02'), email('2026-04-07')], '2026-04-15', compact)).toMatchObject({
      kind: 'step',
      step: { id: 'j15-email' },
    });
  });

  it('an unanswered call keeps its named step but escalates nothing', () => {
    const events = [on('2026-04-07', { type: 'call', stepId: null, outcome: 'no_answer' })];
    expect(next(events, '2026-04-07')).toMatchObject({ kind: 'step', step: { id: 'j7-email' } });
  });

  it('a call that reached the client counts as the call step', () => {
    const events = [
      done('2026-04-07', 'j7-email'),
      on('2026-04-09', { type: 'call', stepId: null, outcome: 'promise', promisedDate: null }),
    ];
    expect(next(events, '2026-04-20')).toMatchObject({
      kind: 'wait',
      step: { id: 'j30-registered_letter' },
      until: '2026-04-30',
    });
  });

  it('a promise obtained by a call and not kept: the next step is due at once, not 15 days after the call', () => {
    // Standard: J+7 e-mail, J+15 call, J+30 registered letter. The call counts as the call step.
    const events = [
      on('2026-04-07', {
        type: 'reminder_sent',
        stepId: 'j7-email',
        channel: 'email',
        template: 'email.courteous',
      }),
      on('2026-05-11', { type: 'call', stepId: null, outcome: 'promise', promisedDate: '2026-05-13' }),
    ];
    // Before the promised day, the promise holds.
    expect(next(events, '2026-05-12')).toMatchObject({ kind: 'wait', reason: 'promise' });
    // The day after it, nothing came: the registered letter (planned 30 April) is due now.
    expect(next(events, '2026-05-15')).toMatchObject({
      kind: 'step',
      step: { id: 'j30-registered_letter' },
      brokenPromise: { promisedDate: '2026-05-13' },
    });
  });
});
