/** « Où en êtes-vous ? » at tracking (issue #19): the answer becomes dated events, written with the invoice. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { trackFromGmail } from '../../../core/app/gmail-track';
import { reimportInvoices } from '../../../core/app/import-invoices';
import { importInvoices } from '../../../core/app/track-invoice';
import { nextAction, presetById, whereaboutsEvents } from '../../../core/dunning';
import { WhereaboutsSchema } from '../../../core/model';
import { freshDb as freshFileDb, item } from './fixture';
import { closeAll, derive, freshDb, trackRequest } from './gmail-setup';

afterEach(closeAll);

const standard = presetById('standard')!;

describe('whereaboutsEvents (pure)', () => {
  const invoice = { issueDate: '2026-01-05' };
  const answer = (v: object) => WhereaboutsSchema.parse(v);

  it('nothing sent: no event', () => {
    expect(whereaboutsEvents(answer({ reached: 'nothing' }), invoice, '2026-03-20', 'fr')).toEqual([]);
  });

  it('an e-mail, a call, a formal notice: one dated event each, with a note saying where it came from', () => {
    const [email] = whereaboutsEvents(
      answer({ reached: 'email', on: '2026-02-20' }),
      invoice,
      '2026-03-20',
      'fr',
    );
    expect(email).toMatchObject({
      type: 'reminder_sent',
      channel: 'email',
      stepId: null,
      date: '2026-02-20',
    });
    expect(email?.note).toContain('Déclaré au moment du suivi');
    const [call] = whereaboutsEvents(
      answer({ reached: 'call', on: '2026-02-25' }),
      invoice,
      '2026-03-20',
      'en',
    );
    expect(call).toMatchObject({ type: 'reminder_sent', channel: 'phone', date: '2026-02-25' });
    expect(call?.note).toContain('Stated when tracking started');
    const [notice] = whereaboutsEvents(
      answer({ reached: 'formal_notice', on: '2026-03-01', source: 'gmail-thread' }),
      invoice,
      '2026-03-20',
      'fr',
    );
    expect(notice).toMatchObject({ type: 'formal_notice_sent', stepId: null, date: '2026-03-01' });
    expect(notice?.note).toContain('fil Gmail');
  });

  it('an unknown day is the day tracking starts; a day before the invoice is its issue date; a future day is refused', () => {
    const [unknown] = whereaboutsEvents(answer({ reached: 'email', on: null }), invoice, '2026-03-20', 'fr');
    expect(unknown).toMatchObject({ date: '2026-03-20' });
    expect(unknown?.note).toContain('Date non précisée');
    const [early] = whereaboutsEvents(
      answer({ reached: 'email', on: '2025-12-01' }),
      invoice,
      '2026-03-20',
      'fr',
    );
    expect(early).toMatchObject({ date: '2026-01-05' });
    expect(() =>
      whereaboutsEvents(answer({ reached: 'email', on: '2026-04-01' }), invoice, '2026-03-20', 'fr'),
    ).toThrow(/après aujourd’hui/);
  });
});

describe('tracking with an answer', () => {
  it('Gmail: a reminder the user already sent puts the invoice at the step after it', async () => {
    const db = freshDb();
    // Due 2026-01-16 (66 days late on 23 March); the user reminded by e-mail on 10 February.
    const out = await trackFromGmail(
      db,
      trackRequest({
        dueDate: '2026-01-16',
        issueDate: '2025-12-17',
        whereabouts: { reached: 'email', on: '2026-02-10', source: 'gmail-thread' },
      }),
      new Date('2026-03-23T09:00:00'),
      derive,
    );
    const events = await db.events.where('invoiceId').equals(out.invoiceId).toArray();
    expect(events).toEqual([
      expect.objectContaining({
        type: 'reminder_sent',
        channel: 'email',
        date: '2026-02-10',
        invoiceId: out.invoiceId,
      }),
    ]);
    const invoice = (await db.invoices.get(out.invoiceId))!;
    const client = (await db.clients.get(invoice.clientId))!;
    const action = nextAction(invoice, client, events, standard, '2026-03-23');
    expect(action).toMatchObject({ kind: 'step', step: { id: 'j15-phone' } });
    expect(invoice.nextActionDate).toBe('2026-02-18');
  });

  it('Gmail: a number already tracked keeps its own timeline (no second history)', async () => {
    const db = freshDb();
    const now = new Date('2026-03-23T09:00:00');
    await trackFromGmail(db, trackRequest(), now, derive);
    const again = await trackFromGmail(
      db,
      trackRequest({ whereabouts: { reached: 'formal_notice', on: null, source: 'user' } }),
      now,
      derive,
    );
    expect(again.alreadyTracked).toBe(true);
    expect(await db.events.count()).toBe(0);
  });

  it('a file import: each late row with its own answer, written in the same transaction', async () => {
    const db = freshFileDb();
    const now = new Date(2026, 2, 11, 10, 0, 0);
    const out = await importInvoices(
      db,
      [
        item('F-1', '2026-01-05', {
          whereabouts: { reached: 'formal_notice', on: '2026-03-02', source: 'user' },
        }),
        item('F-2', '2026-01-05', { whereabouts: { reached: 'nothing', on: null, source: 'user' } }),
        item('F-3', '2026-04-30'),
      ],
      { kind: 'csv', fileName: 'f.csv' },
      now,
    );
    expect(out.imported).toBe(3);
    const f1 = (await db.invoices.where('number').equals('F-1').first())!;
    const f1Events = await db.events.where('invoiceId').equals(f1.id).toArray();
    expect(f1Events).toHaveLength(1);
    // The notice of 2 March: the court step once its deadline has passed (2 + 15 + 1 = 18 March).
    expect(f1.nextActionDate).toBe('2026-03-18');
    expect(await db.events.count()).toBe(1);
  });

  it('a re-import: the new rows start with their answer too', async () => {
    const db = freshFileDb();
    const now = new Date(2026, 2, 11, 10, 0, 0);
    await reimportInvoices(
      db,
      {
        updates: [],
        items: [item('F-9', '2026-01-05', { whereabouts: { reached: 'call', on: null, source: 'user' } })],
        origin: { kind: 'csv', fileName: 'g.csv' },
      },
      now,
    );
    const f9 = (await db.invoices.where('number').equals('F-9').first())!;
    const events = await db.events.where('invoiceId').equals(f9.id).toArray();
    expect(events).toEqual([
      expect.objectContaining({ type: 'reminder_sent', channel: 'phone', date: '2026-03-11' }),
    ]);
    // The call (dated today, day unknown) was the call step: the registered letter 15 days on.
    expect(f9.nextActionDate).toBe('2026-03-26');
  });
});
