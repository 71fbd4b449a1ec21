import { describe, expect, it } from 'vitest';
import { emailAnnouncement } from '../../../core/bank';
import { deriveInvoiceState, describeNext, nextAction, presetById } from '../../../core/dunning';
import { EventSchema, SettingsSchema } from '../../../core/model';
import { renderStep } from '../../../core/templates';
import { aClient, anInvoice, done, on } from '../dunning/builders';

const standard = presetById('standard')!;
const invoice = anInvoice({ dueDate: '2026-03-31', issueDate: '2026-03-01', amountDueCents: 150_000 });
const client = aClient();
const base = {
  id: 'ev-mail',
  invoiceId: invoice.id,
  gmailMessageId: 'msg-42',
  today: '2026-04-15',
  createdAt: '2026-04-15T10:00:00.000Z',
  holdDays: 5,
};

describe('« virement effectué » in the client’s e-mail', () => {
  it('becomes a valid event that holds the ladder the days of the settings, like the call', () => {
    const event = emailAnnouncement(base, [], false)!;
    expect(EventSchema.parse(event)).toEqual(event);
    expect(event).toMatchObject({ type: 'payment_announced', promisedDate: '2026-04-20', channel: 'email' });

    const events = [
      done('2026-04-07', 'j7-email'),
      on('2026-04-14', { type: 'call', stepId: 'j15-phone', outcome: 'no_answer' }),
      event,
    ];
    const waiting = nextAction(invoice, client, events, standard, '2026-04-20');
    expect(waiting).toMatchObject({
      kind: 'wait',
      reason: 'payment-announced',
      until: '2026-04-21',
      announcedOn: '2026-04-15',
    });
    expect(deriveInvoiceState(invoice, client, events, standard, '2026-04-18')).toMatchObject({
      status: 'promised',
      nextActionDate: '2026-04-21',
    });
    expect(describeNext(waiting, 'fr')).toBe(
      'virement annoncé le 15/04/2026 : relances en pause jusqu’au 21/04/2026',
    );

    // No money by then: the ladder resumes and the reminder cites the announcement.
    const resumed = nextAction(invoice, client, events, standard, '2026-04-30');
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

  it('is recorded once per message (or once a day without a message id), and not on a paid invoice', () => {
    const first = emailAnnouncement(base, [], false)!;
    expect(emailAnnouncement({ ...base, id: 'again' }, [first], false)).toBeNull();
    expect(
      emailAnnouncement({ ...base, id: 'other', gmailMessageId: 'msg-43' }, [first], false),
    ).not.toBeNull();
    const noId = emailAnnouncement({ ...base, gmailMessageId: null }, [], false)!;
    expect(emailAnnouncement({ ...base, id: 'x', gmailMessageId: null }, [noId], false)).toBeNull();
    expect(emailAnnouncement(base, [], true)).toBeNull();
  });
});
