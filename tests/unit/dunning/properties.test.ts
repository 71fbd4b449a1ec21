import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/dates';
import { nextAction, PRESET_SCENARIOS, summarizeTimeline } from '../../../core/dunning';
import type { InvoiceEvent } from '../../../core/model';
import { aClient, anInvoice, on } from './builders';

const DUE = '2026-03-31';
const day = fc.integer({ min: -20, max: 200 }).map((n) => addDays(DUE, n));
const stepId = fc.constantFrom(...new Set(PRESET_SCENARIOS.flatMap((s) => s.steps.map((x) => x.id))));

const event: fc.Arbitrary<InvoiceEvent> = fc.oneof(
  fc
    .record({ d: day, stepId })
    .map(({ d, stepId }) =>
      on(d, { type: 'reminder_sent', stepId, channel: 'email', template: 'email.firm' }),
    ),
  fc.record({ d: day, stepId }).map(({ d, stepId }) => on(d, { type: 'step_skipped', stepId })),
  fc
    .record({ d: day, amount: fc.integer({ min: 1, max: 100_000 }) })
    .map(({ d, amount }) => on(d, { type: 'payment', amountCents: amount })),
  fc.record({ d: day, until: day }).map(({ d, until }) => on(d, { type: 'snoozed', until })),
  fc
    .record({ d: day, promised: day })
    .map(({ d, promised }) => on(d, { type: 'call', outcome: 'promise', promisedDate: promised })),
  day.map((d) => on(d, { type: 'dispute_opened' })),
  day.map((d) => on(d, { type: 'dispute_resolved' })),
);

const world = fc.record({
  events: fc.array(event, { maxLength: 8 }),
  now: day,
  scenario: fc.constantFrom(...PRESET_SCENARIOS),
  amount: fc.integer({ min: 1, max: 300_000 }),
});

describe('the engine, whatever the history', () => {
  it('never proposes a done step, nor a step before its day', () => {
    fc.assert(
      fc.property(world, ({ events, now, scenario, amount }) => {
        const invoice = anInvoice({ dueDate: DUE, amountDueCents: amount });
        const action = nextAction(invoice, aClient(), events, scenario, now);
        if (action.kind !== 'step') return true;
        const doneSteps = summarizeTimeline(events).doneSteps;
        // After a formal notice, the next step comes when its deadline is over, even before
        // its own day in the plan (issue #20: escalation follows the user), never sooner.
        const index = scenario.steps.findIndex((s) => s.id === action.step.id);
        const notice = scenario.steps
          .slice(0, index)
          .filter((s) => s.action === 'formal_notice' && doneSteps.has(s.id))
          .map((s) => doneSteps.get(s.id)!.date)
          .sort()
          .at(-1);
        const onItsDay = addDays(DUE, action.step.offsetDays) <= now && action.plannedOn <= action.dueOn;
        const afterNotice = notice !== undefined && addDays(notice, 15) < action.dueOn;
        return !doneSteps.has(action.step.id) && action.dueOn <= now && (onItsDay || afterNotice);
      }),
    );
  });

  it('proposes nothing for a paid or written-off invoice', () => {
    fc.assert(
      fc.property(world, fc.boolean(), ({ events, now, scenario, amount }, writeOff) => {
        const invoice = anInvoice({ dueDate: DUE, amountDueCents: amount });
        const closing = writeOff
          ? on(DUE, { type: 'written_off' })
          : on(DUE, { type: 'payment', amountCents: amount });
        const action = nextAction(invoice, aClient(), [...events, closing], scenario, now);
        expect(action).toMatchObject({ kind: 'none', reason: writeOff ? 'written_off' : 'paid' });
      }),
    );
  });
});
