import { describe, expect, it } from 'vitest';
import { actionsDueOn, deriveInvoiceState, presetById } from '../../../core/dunning';
import { aClient, anInvoice, done } from './builders';

const standard = presetById('standard')!;

describe('« Aujourd’hui »: the actions due today, most severe first', () => {
  const client = aClient();
  const emailSmall = anInvoice({ id: 'a', number: 'A', dueDate: '2026-04-01', amountDueCents: 10_000 });
  const emailBig = anInvoice({ id: 'b', number: 'B', dueDate: '2026-04-01', amountDueCents: 900_000 });
  const emailOlder = anInvoice({ id: 'c', number: 'C', dueDate: '2026-03-20', amountDueCents: 10_000 });
  const formalNotice = anInvoice({ id: 'd', number: 'D', dueDate: '2026-02-20', amountDueCents: 5_000 });
  const notYet = anInvoice({ id: 'e', number: 'E', dueDate: '2026-04-30', amountDueCents: 500_000 });
  const bankrupt = aClient({ id: 'k', proceedings: { kind: 'liquidation', bodaccDate: '2026-04-01' } });
  const claim = anInvoice({
    id: 'f',
    number: 'F',
    clientId: 'k',
    dueDate: '2026-03-01',
    amountDueCents: 1_000,
  });
  const formalNoticeEvents = ['j7-email', 'j15-phone', 'j30-registered_letter'].map((id) =>
    done('2026-03-25', id, 'd'),
  );

  it('orders claim declaration, then the harshest action, then days late, then amount', () => {
    const due = actionsDueOn(
      [
        { invoice: emailSmall, client, events: [], scenario: standard },
        { invoice: emailBig, client, events: [], scenario: standard },
        { invoice: emailOlder, client, events: [], scenario: standard },
        { invoice: formalNotice, client, events: formalNoticeEvents, scenario: standard },
        { invoice: notYet, client, events: [], scenario: standard },
        { invoice: claim, client: bankrupt, events: [], scenario: standard },
      ],
      '2026-04-10',
    );
    expect(due.map((d) => d.invoice.number)).toEqual(['F', 'D', 'C', 'B', 'A']);
    expect(due[1]!.action).toMatchObject({ kind: 'step', step: { action: 'formal_notice' } });
  });

  it('the cached state carries the day of the next action', () => {
    expect(deriveInvoiceState(notYet, client, [], standard, '2026-04-10')).toEqual({
      status: 'open',
      outstandingCents: 500_000,
      nextActionDate: '2026-05-07',
    });
  });
});
