import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { confirmDrafts } from '../../../components/import/confirm';
import { draftFromExtraction, droppedFields, itemOf, problemsOf } from '../../../components/import/draft';
import { EcheanceDb } from '../../../core/db';
import { EMPTY_EXTRACTION, type ExtractedInvoice } from '../../../core/extract/types';
import { createReceiver, createSender, schemaChecks } from '../../../core/protocol';
import { makeHandlers } from '../../../entrypoints/background/handlers';

const read = <T>(value: T) => ({ value, source: 'text' as const, confidence: 1 });
const invoice = (over: Partial<ExtractedInvoice>): ExtractedInvoice => ({
  ...EMPTY_EXTRACTION,
  number: read('F-1'),
  buyerName: read('Acme SAS'),
  buyerId: read('732829320'),
  totalCents: read(150_000),
  dueDate: read('2026-03-31'),
  ...over,
});
const draft = (label: string, over: Partial<ExtractedInvoice>) =>
  draftFromExtraction(label, { kind: 'pdf', fileName: label }, invoice(over), 'text');

let n = 0;
function background() {
  const db = new EcheanceDb(`draft-check-${++n}`);
  const receive = createReceiver(
    makeHandlers(
      db,
      () => new Date('2026-03-01T10:00:00Z'),
      async () => {},
    ),
  );
  return {
    db,
    send: createSender(
      async (e) => receive(JSON.parse(JSON.stringify(e))),
      async () => schemaChecks,
    ),
  };
}

describe('a value the preview cannot edit never blocks the import (#18)', () => {
  // Each passes the loose « x@y.z » test the preview used, and zod's e-mail check refuses it.
  for (const email of ['jean..dupont@exemple.fr', 'a@b.c', '"x"@a.fr', 'x@-a.fr']) {
    it(`buyer e-mail « ${email} »: left out and said, the invoice is tracked`, async () => {
      const d = draft('f.pdf', { buyerEmail: read(email) });
      expect(problemsOf(d)).toEqual([]);
      expect(droppedFields(d)).toEqual(['clientEmail']);
      expect(itemOf(d)?.clientEmail).toBeNull();
      const { db, send } = background();
      const other = draft('g.pdf', { number: read('F-2') });
      const outcome = await confirmDrafts(send, [d, other], () => null);
      expect(outcome).toMatchObject({ ok: true, imported: 2 });
      expect((await db.clients.toArray()).flatMap((c) => c.emails)).toEqual([]);
    });
  }

  it('a valid e-mail is kept', () => {
    const d = draft('f.pdf', { buyerEmail: read('compta@acme.fr') });
    expect(droppedFields(d)).toEqual([]);
    expect(itemOf(d)?.clientEmail).toBe('compta@acme.fr');
  });

  it('a number the schema empties (bidi controls only) is a problem to fix in its cell, not a refused batch', () => {
    const d = draft('f.pdf', { number: read('\u202E\u202D') });
    expect(problemsOf(d)).toEqual(['number']);
    expect(itemOf(d)).toBeNull();
    expect(problemsOf({ ...d, number: 'F-7' })).toEqual([]);
  });
});
