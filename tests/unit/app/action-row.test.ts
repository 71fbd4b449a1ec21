import { describe, expect, it } from 'vitest';
import { rowAmount, rowFacts, rowHistory, rowVerb, shortDay } from '../../../core/app/action-row';
import type { DueSummary } from '../../../core/db/overview-row';
import type { InvoiceEvent } from '../../../core/model';

const TODAY = '2026-12-02';
const due = (fields: Partial<DueSummary> = {}): DueSummary => ({
  invoiceId: 'i1',
  number: 'F-1',
  clientName: 'Agence Pixel',
  currency: 'EUR',
  outstandingCents: 280_000,
  daysLate: 73,
  kind: 'step',
  stepAction: 'email',
  stepTone: 'firm',
  lateOnPlan: false,
  deadline: null,
  ...fields,
});
const ev = (fields: Record<string, unknown>) =>
  ({ id: 'e', invoiceId: 'i1', createdAt: '2026-01-01T00:00:00Z', note: '', ...fields }) as InvoiceEvent;

describe('a popup row', () => {
  it('is led by the verb of the step due', () => {
    expect(rowVerb(due())).toBe('remind');
    expect(rowVerb(due({ stepAction: 'phone' }))).toBe('call');
    expect(rowVerb(due({ stepAction: 'registered_letter' }))).toBe('registeredLetter');
    expect(rowVerb(due({ stepAction: 'formal_notice' }))).toBe('formalNotice');
    expect(rowVerb(due({ stepAction: 'court_filing' }))).toBe('court');
    expect(rowVerb(due({ kind: 'declare-claim', stepAction: null }))).toBe('declareClaim');
  });

  it('keeps the last sending, the last call and the promise; a payment ends the promise', () => {
    const events = [
      ev({ type: 'reminder_sent', date: '2026-11-05', channel: 'email', stepId: 's', template: 't' }),
      ev({ type: 'call', date: '2026-11-20', outcome: 'promise', promisedDate: '2026-11-30', stepId: null }),
      ev({ type: 'letter_sent', date: '2026-11-25', registered: true, stepId: null }),
    ];
    expect(rowHistory(events)).toEqual({
      lastSent: { date: '2026-11-25', what: 'registered_letter' },
      lastCall: { date: '2026-11-20', outcome: 'promise' },
      promise: { date: '2026-11-30', madeOn: '2026-11-20' },
    });
    expect(
      rowHistory([...events, ev({ type: 'payment', date: '2026-12-01', amountCents: 100 })]).promise,
    ).toBeNull();
  });

  it('says the tone of an e-mail, a pending sending, the promise (kept or not), the call, since when', () => {
    const history = rowHistory([
      ev({ type: 'reminder_sent', date: '2026-11-05', channel: 'email', stepId: 's', template: 't' }),
      ev({ type: 'call', date: '2026-11-20', outcome: 'promise', promisedDate: '2026-11-30', stepId: null }),
    ]);
    expect(
      rowFacts(due({ history, lateOnPlan: true, dueOn: '2026-11-28' }), TODAY, { openedOn: '2026-12-01' }),
    ).toEqual([
      { kind: 'step', action: 'email', tone: 'firm' },
      { kind: 'pending', date: '2026-12-01' },
      // The call that gave the promise is said once, by the promise.
      { kind: 'promise', date: '2026-11-30', broken: true },
      { kind: 'sent', what: 'email', date: '2026-11-05' },
      { kind: 'since', date: '2026-11-28' },
    ]);
    // A call's verb says the step: no « Appel » again; a call without answer is said.
    const noAnswer = rowHistory([
      ev({ type: 'call', date: '2026-11-30', outcome: 'no_answer', stepId: null }),
    ]);
    expect(rowFacts(due({ stepAction: 'phone', history: noAnswer }), TODAY)).toEqual([
      { kind: 'called', outcome: 'no_answer', date: '2026-11-30' },
    ]);
    // A row stored by an earlier version (no history) still reads.
    expect(rowFacts(due(), TODAY)).toEqual([{ kind: 'step', action: 'email', tone: 'firm' }]);
  });

  it('writes days and amounts as people read them, never an ISO date', () => {
    expect(shortDay('2026-12-12', TODAY, 'fr')).toBe('12/12');
    expect(shortDay('2026-12-12', TODAY, 'en')).toBe('12 Dec');
    expect(shortDay('2025-01-05', TODAY, 'fr')).toBe('05/01/2025');
    expect(rowAmount(280_000, 'EUR', 'fr')).toBe('2\u202f800\u00a0€');
    expect(rowAmount(280_050, 'EUR', 'fr')).toBe('2\u202f800,50\u00a0€');
    expect(rowAmount(280_000, 'EUR', 'en')).toBe('€2,800');
  });
});
