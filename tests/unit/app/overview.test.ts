import { describe, expect, it } from 'vitest';
import { allDue, buildOverview, computeOverview } from '../../../core/app/overview';
import { readAllDue } from '../../../core/app/overview-read';
import { allCases } from '../../../core/app/read-case';
import { markPaid, recordEvent } from '../../../core/app/record-event';
import { freshDb, item, NOW, seed, TODAY } from './fixture';

describe('the overview and the badge’s count', () => {
  it('totals what is open and lists today’s actions (no second list of invoices)', async () => {
    const db = freshDb();
    const seeded = await seed(db, [
      item('F-1', '2026-03-04'),
      item('F-0', '2026-02-01', { amountDueCents: 50_000, totalCents: 50_000 }),
      item('F-3', '2026-03-30'),
    ]);
    await markPaid(db, seeded['F-0']!.id, NOW);
    const overview = await computeOverview(db, TODAY);
    expect(overview).not.toHaveProperty('rows');
    expect(overview.outstandingCents).toBe(240_000);
    expect(overview.overdueCents).toBe(120_000);
    expect(overview.count).toBe(3);
    expect(overview.dueCount).toBe(1);
    expect(overview.due[0]).toMatchObject({
      number: 'F-1',
      clientName: 'Acme SAS',
      kind: 'step',
      stepAction: 'email',
      daysLate: 7,
      dueOn: '2026-03-11',
      history: { lastSent: null, lastCall: null, promise: null },
    });
  });

  it('each row carries what was done: the last sending, the last call, the promise', async () => {
    const db = freshDb();
    const seeded = await seed(db, [item('F-1', '2026-02-01')]);
    const invoiceId = seeded['F-1']!.id;
    const event = (fields: object) =>
      ({ id: crypto.randomUUID(), invoiceId, createdAt: NOW.toISOString(), note: '', ...fields }) as never;
    await recordEvent(
      db,
      event({
        type: 'reminder_sent',
        date: '2026-02-08',
        stepId: 'j7-email',
        channel: 'email',
        template: 'x',
      }),
      NOW,
    );
    await recordEvent(
      db,
      event({
        type: 'call',
        date: '2026-02-20',
        stepId: null,
        outcome: 'promise',
        promisedDate: '2026-03-01',
      }),
      NOW,
    );
    const [due] = (await computeOverview(db, TODAY)).due;
    // The promise was not kept (1 March): the ladder is back, and the row says both.
    expect(due?.history).toEqual({
      lastSent: { date: '2026-02-08', what: 'email' },
      lastCall: { date: '2026-02-20', outcome: 'promise' },
      promise: { date: '2026-03-01', madeOn: '2026-02-20' },
    });
  });

  it('every action due today, the same list the overview counts', async () => {
    const db = freshDb();
    await seed(db, [item('F-1', '2026-03-04'), item('F-2', '2026-02-24'), item('F-3', '2026-03-30')]);
    const due = await allDue(db, TODAY);
    expect(due.map((d) => d.number).sort()).toEqual(['F-1', 'F-2']);
    expect(await readAllDue(db, TODAY)).toEqual(due);
    const { cases } = await allCases(db);
    expect(buildOverview(cases, TODAY).dueCount).toBe(due.length);
  });
});
