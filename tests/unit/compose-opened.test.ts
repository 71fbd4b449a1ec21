import { describe, expect, it } from 'vitest';
import { matchOpenedCompose, type OpenedCompose, textStart } from '../../core/compose/opened';

const body =
  'Bonjour Marie,\n\nSauf erreur de ma part, la facture F-1 de 1 500,00 € est échue depuis le 4 mars.';

function record(fields: Partial<OpenedCompose> = {}): OpenedCompose {
  return {
    ref: 'r-1',
    invoiceId: 'inv-1',
    stepId: 'j7-email',
    template: 'email.courteous',
    covers: [{ invoiceId: 'inv-1', stepId: 'j7-email', template: 'email.courteous' }],
    to: ['compta@acme.test'],
    subject: 'Facture F-1 — petit rappel',
    start: textStart(body),
    attach: true,
    at: '2026-03-11T10:00:00.000Z',
    ...fields,
  };
}

describe('a compose the Gmail page shows, recognised as the reminder Échéance opened', () => {
  it('by its recipient and subject, as Gmail filled it from the URL', () => {
    const r = record();
    expect(matchOpenedCompose([r], { to: ['compta@acme.test'], subject: r.subject, body })).toBe(r);
  });

  it('by its recipient and the start of its text, the subject edited, a signature below', () => {
    const r = record();
    const seen = { to: ['Compta@Acme.test'], subject: 'Relance', body: `${body}\n\n-- \nCamille Martin` };
    expect(matchOpenedCompose([r], seen)).toBe(r);
  });

  it('the text as the editor gives it: lines folded, spaces doubled, non-breaking spaces', () => {
    const r = record();
    const seen = {
      to: ['compta@acme.test'],
      subject: '',
      body: body.replace(/\n/g, '\n\n  ').replace(/ /g, '  '),
    };
    expect(matchOpenedCompose([r], seen)).toBe(r);
  });

  it('never a compose to someone else, even with the same words', () => {
    const r = record();
    expect(matchOpenedCompose([r], { to: ['autre@acme.test'], subject: r.subject, body })).toBeNull();
    expect(matchOpenedCompose([r], { to: [], subject: r.subject, body })).toBeNull();
  });

  it('never the user’s own message to the same client', () => {
    const seen = {
      to: ['compta@acme.test'],
      subject: 'Déjeuner jeudi ?',
      body: 'Bonjour Marie, on se voit jeudi ?',
    };
    expect(matchOpenedCompose([record()], seen)).toBeNull();
    // An empty subject and an empty text match nothing either.
    expect(
      matchOpenedCompose([record({ subject: '', start: '' })], { ...seen, subject: '', body: '' }),
    ).toBeNull();
  });

  it('the newest of two reminders that fit', () => {
    const old = record({ ref: 'old', at: '2026-03-10T10:00:00.000Z' });
    const recent = record({ ref: 'new', at: '2026-03-11T09:00:00.000Z' });
    const seen = { to: ['compta@acme.test'], subject: old.subject, body };
    expect(matchOpenedCompose([recent, old], seen)?.ref).toBe('new');
    expect(matchOpenedCompose([old, recent], seen)?.ref).toBe('new');
  });

  it('keeps 60 characters of the text, spaces folded', () => {
    expect(textStart('  Bonjour\n\nMarie  ')).toBe('Bonjour Marie');
    expect(textStart(body)).toHaveLength(60);
  });
});
