import { describe, expect, it } from 'vitest';
import { summarizeTimeline } from '../../../core/dunning';
import { EventSchema, type InvoiceEvent } from '../../../core/model';

/** A minimal valid event of each type, with a step when its schema has one. */
function eventOf(type: string, shape: Record<string, unknown>): InvoiceEvent {
  const extra: Record<string, unknown> =
    {
      reminder_sent: { channel: 'email', template: 'email.courteous' },
      call: { outcome: 'no_answer' },
      letter_sent: { registered: true },
      payment: { amountCents: 100 },
      payment_plan: { installments: [{ date: '2026-02-01', amountCents: 100 }] },
      proceedings_opened: { kind: 'redressement', bodaccDate: '2026-01-20' },
      snoozed: { until: '2026-02-01' },
      payment_announced: { channel: 'email', promisedDate: '2026-01-20' },
      invoice_edited: { changes: [{ field: 'number', from: 'F-1', to: 'F-2' }] },
      reopened: { payment: null },
    }[type] ?? {};
  return EventSchema.parse({
    id: `e-${type}`,
    invoiceId: 'i',
    date: '2026-01-15',
    createdAt: '2026-01-15T10:00:00Z',
    type,
    ...extra,
    ...('stepId' in shape && { stepId: `step-${type}` }),
  });
}

describe('summarizeTimeline', () => {
  // The summary records steps type by type (no `stepId in event` test per event, for speed):
  // a new event type with a step must be added there, or this fails.
  it('records the step of every event type whose schema has one', () => {
    const options = EventSchema.options.map((o) => ({ type: o.shape.type.value, shape: o.shape }));
    const withStep = options.filter((o) => 'stepId' in o.shape);
    expect(withStep.length).toBeGreaterThan(4);
    for (const { type, shape } of options) {
      const done = summarizeTimeline([eventOf(type, shape)]).doneSteps;
      if ('stepId' in shape)
        expect(done.get(`step-${type}`), type).toEqual({
          date: '2026-01-15',
          skipped: type === 'step_skipped',
        });
      else expect(done.size, type).toBe(0);
    }
  });

  it('a real action outranks a skip, and the earliest date is kept', () => {
    const at = (date: string, type: 'reminder_sent' | 'step_skipped') =>
      ({ ...eventOf(type, { stepId: true }), stepId: 's', date }) as InvoiceEvent;
    const skip = at('2026-01-10', 'step_skipped');
    const late = at('2026-01-20', 'reminder_sent');
    const early = at('2026-01-18', 'reminder_sent');
    expect(summarizeTimeline([skip, late, early]).doneSteps.get('s')).toEqual({
      date: '2026-01-18',
      skipped: false,
    });
    expect(summarizeTimeline([late, skip]).doneSteps.get('s')).toEqual({
      date: '2026-01-20',
      skipped: false,
    });
  });
});
