import { describe, expect, it } from 'vitest';
import { deriveState } from '../../../core/app/derive';
import { purgeUndo, undo } from '../../../core/app/undo';
import { latestUndo, undoLabelKey } from '../../../core/app/undo-offer';
import { recordEventUndoable, recordSentUndoable } from '../../../core/app/undoable-actions';
import { undoEntries } from '../../../core/db/undo-journal';
import { edit } from '../../../core/i18n/catalogue/edit';
import { freshDb, item, NOW, seed, TODAY } from './fixture';

const stamp = { date: TODAY, createdAt: NOW.toISOString(), note: '' };
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('« Annuler » for any action', () => {
  it('collective proceedings: the client and every invoice of it come back as they were', async () => {
    const db = freshDb();
    const { 'F-1': f1, 'F-2': f2 } = await seed(db, [item('F-1', '2026-02-01'), item('F-2', '2026-03-01')]);
    const before = { clients: await db.clients.toArray(), invoices: await db.invoices.toArray() };
    await recordEventUndoable(
      db,
      {
        ...stamp,
        id: 'p1',
        invoiceId: f1!.id,
        type: 'proceedings_opened',
        kind: 'redressement',
        bodaccDate: TODAY,
      },
      NOW,
    );
    expect((await db.clients.toArray())[0]?.proceedings).toBeTruthy();
    expect((await db.invoices.get(f2!.id))?.status).toBe('proceedings');
    const offer = await latestUndo(db, NOW);
    expect(offer?.kind).toBe('event:proceedings_opened');
    await undo(db, offer!.id, NOW);
    expect({ clients: await db.clients.toArray(), invoices: await db.invoices.toArray() }).toEqual(before);
    expect(await db.events.count()).toBe(0);
  });

  it('a reminder covering two invoices is undone on both', async () => {
    const db = freshDb();
    const { 'F-1': f1, 'F-2': f2 } = await seed(db, [item('F-1', '2026-03-04'), item('F-2', '2026-03-04')]);
    const covers = [f1!, f2!].map((i) => ({
      invoiceId: i.id,
      stepId: 'j7-email',
      template: 'email.courteous',
    }));
    const r = { invoiceId: f1!.id, stepId: 'j7-email', template: 'email.courteous', threadId: null, covers };
    await recordSentUndoable(db, r, NOW, await deriveState(db));
    expect(await db.events.count()).toBe(2);
    const offer = await latestUndo(db, NOW);
    expect(offer).toMatchObject({ kind: 'reminder', numbers: ['F-1', 'F-2'] });
    await undo(db, offer!.id, NOW);
    expect(await db.events.count()).toBe(0);
    expect((await db.invoices.get(f2!.id))?.nextActionDate).toBe(TODAY);
  });

  it('what an entry kept is forgotten once its period is over; a failed action keeps nothing', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-02-01')]);
    await recordEventUndoable(
      db,
      { ...stamp, id: 's1', invoiceId: f1!.id, type: 'step_skipped', stepId: 'j7-email' },
      NOW,
    );
    await expect(
      recordEventUndoable(
        db,
        { ...stamp, id: 's2', invoiceId: 'nope', type: 'step_skipped', stepId: 'j7-email' },
        NOW,
      ),
    ).rejects.toThrow('facture inconnue');
    expect(await undoEntries(db)).toHaveLength(1);
    expect(await purgeUndo(db, later(11_000))).toBe(0); // within the click's grace
    expect(await purgeUndo(db, later(12_001))).toBe(1);
    expect(await undoEntries(db)).toHaveLength(0);
  });

  it('every action kind has its words in both languages', () => {
    for (const kind of [
      'paid',
      'edited',
      'deleted',
      'reopened',
      'reminder',
      'event:call',
      'event:whatever',
    ]) {
      const key = undoLabelKey(kind);
      expect(edit[key]).toBeDefined();
    }
    expect(undoLabelKey('event:whatever')).toBe('undo.kind.other');
  });
});
