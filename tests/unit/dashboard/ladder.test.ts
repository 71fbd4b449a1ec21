import { describe, expect, it } from 'vitest';
import { ladderFor } from '../../../core/dashboard';
import { PRESET_SCENARIOS } from '../../../core/dunning';
import { aClient, anInvoice, done, on, paid } from '../dunning/builders';

const standard = PRESET_SCENARIOS[0]!;
const invoice = anInvoice({ dueDate: '2026-03-31' });
const client = aClient();
const states = (l: ReturnType<typeof ladderFor>) => l.steps.map((s) => s.state);

describe('the ladder of an invoice', () => {
  it('J+20 after an e-mail at J+8: e-mail done by e-mail, the call due and late on plan, the rest upcoming', () => {
    const ladder = ladderFor(invoice, client, [done('2026-04-08', 'j7-email')], standard, '2026-04-20');
    expect(states(ladder)).toEqual(['done', 'due', 'upcoming', 'upcoming', 'upcoming']);
    expect(ladder.steps[0]).toMatchObject({
      doneOn: '2026-04-08',
      channel: 'email',
      plannedOn: '2026-04-07',
    });
    expect(ladder.steps[1]).toMatchObject({ plannedOn: '2026-04-15', dueOn: '2026-04-16', lateOnPlan: true });
    expect(ladder.steps[4]!.plannedOn).toBe('2026-05-30');
  });

  it('before the first step the next one is upcoming with its date', () => {
    const ladder = ladderFor(invoice, client, [], standard, '2026-04-02');
    expect(states(ladder)).toEqual(['upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(ladder.steps[0]!.dueOn).toBe('2026-04-07');
    expect(ladder.next.kind).toBe('wait');
  });

  it('a skipped step, a step passed over, an unanswered call still drawn as a call', () => {
    const events = [
      on('2026-04-07', { type: 'step_skipped', stepId: 'j7-email' }),
      on('2026-04-16', { type: 'call', stepId: 'j15-phone', outcome: 'no_answer' }),
      on('2026-05-15', { type: 'formal_notice_sent', stepId: 'j45-formal_notice' }),
    ];
    const ladder = ladderFor(invoice, client, events, standard, '2026-05-20');
    expect(states(ladder)).toEqual(['skipped', 'done', 'passed', 'done', 'upcoming']);
    expect(ladder.steps[1]!.channel).toBe('phone');
    expect(ladder.steps[3]!.channel).toBe('formal_notice');
  });

  it('once paid, the steps left are no longer needed; in dispute they are paused', () => {
    const paidLadder = ladderFor(invoice, client, [paid('2026-04-10', 150_000)], standard, '2026-04-20');
    expect(states(paidLadder)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
    const disputed = ladderFor(
      invoice,
      client,
      [on('2026-04-10', { type: 'dispute_opened' })],
      standard,
      '2026-04-20',
    );
    expect(states(disputed)).toEqual(['paused', 'paused', 'paused', 'paused', 'paused']);
  });
});
