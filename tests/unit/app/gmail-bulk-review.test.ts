/**
 * The Sent-list review page's read model (issue #19): the rows read back from the page's
 * address, threads already tracked left out, the bar's count, and each row's « Suivre » request
 * with its problems named by field.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  draftOf,
  readReviewHash,
  requestOf,
  reviewView,
  sentReviewCount,
} from '../../../core/app/gmail-bulk-review';
import { trackFromGmail } from '../../../core/app/gmail-track';
import { saveSettings } from '../../../core/db';
import { DEFAULT_SETTINGS } from '../../../core/model';
import type { SentReview, SentRow } from '../../../core/model/gmail-sent';
import { closeAll, derive, freshDb, NOW, trackRequest } from './gmail-setup';

afterEach(closeAll);

const ME = 'me@freelance.test';
const sentRow = (over: Partial<SentRow>): SentRow => ({
  threadId: 't-1',
  subject: 'Facture F-2026-001',
  people: [{ email: 'compta@acme.test', name: 'Acme SAS' }],
  dateTitle: 'ven. 13 févr. 2026, 10:00',
  snippet: 'Bonjour Marie, voici la facture F-2026-001 de 1 500,00 € TTC. Échéance : 15/03/2026.',
  messageCount: 1,
  attachments: ['Facture-F-2026-001.pdf'],
  ...over,
});
const review: SentReview = {
  rows: [
    sentRow({}),
    sentRow({
      threadId: 't-2',
      subject: 'Facture F-2026-008',
      people: [{ email: 'ines@brume.test', name: 'Atelier Brume' }],
      dateTitle: 'mer. 18 févr. 2026, 09:00',
      snippet: 'Je me permets de revenir vers vous : la facture F-2026-008 reste impayée.',
      messageCount: 2,
      attachments: [],
    }),
    sentRow({
      threadId: 't-3',
      subject: 'Compte rendu',
      attachments: ['cr.pdf'],
      snippet: 'Voici le compte rendu.',
    }),
  ],
  me: ME,
  account: 1,
  sentList: true,
};

describe('readReviewHash', () => {
  it('reads back what the background put in the address, and nothing else', () => {
    expect(readReviewHash(`#${encodeURIComponent(JSON.stringify(review))}`)).toEqual(review);
    expect(readReviewHash('#%7B%22rows%22%3A%5B%5D%7D')).toBeNull();
    expect(readReviewHash('#not-json')).toBeNull();
    expect(readReviewHash('')).toBeNull();
  });
});

describe('reviewView and the bar’s count', () => {
  it('proposes the invoices, leaves out the threads already tracked, and counts the same', async () => {
    const db = freshDb();
    expect((await reviewView(db, review)).proposals.map((p) => p.threadId)).toEqual(['t-1', 't-2']);
    expect(await sentReviewCount(db, review, 'en')).toEqual({ count: 2, lang: 'en' });
    await trackFromGmail(db, trackRequest({ threadId: 't-1' }), NOW, derive);
    const view = await reviewView(db, review);
    expect(view.proposals.map((p) => p.threadId)).toEqual(['t-2']);
    expect(view.alreadyTracked).toBe(1);
    expect(await sentReviewCount(db, { ...review, pageLang: 'fr' }, 'en')).toEqual({ count: 1, lang: 'fr' });
  });

  it('takes the mentions the user said their invoices print', async () => {
    const db = freshDb();
    expect((await reviewView(db, review)).mentions).toEqual({
      dueDate: true,
      penaltyRate: false,
      recoveryIndemnity: false,
    });
    await saveSettings(db, {
      ...DEFAULT_SETTINGS,
      mentionDefaults: { penaltyRate: true, recoveryIndemnity: true, vatFranchise: false },
    });
    expect((await reviewView(db, review)).mentions).toMatchObject({
      penaltyRate: true,
      recoveryIndemnity: true,
    });
  });
});

describe('requestOf', () => {
  it('a complete row: the « Suivre » request, its answer from the thread', async () => {
    const view = await reviewView(freshDb(), review);
    const [first, reminded] = view.proposals;
    const built = requestOf(first!, draftOf(first!), view);
    expect(built).toMatchObject({
      ok: true,
      request: {
        threadId: 't-1',
        messageId: null,
        account: 1,
        number: 'F-2026-001',
        totalCents: 150_000,
        currency: 'EUR',
        issueDate: '2026-02-13',
        dueDate: '2026-03-15',
        clientName: 'Acme SAS',
        clientKind: 'pro',
        whereabouts: { reached: 'nothing', on: null, source: 'gmail-thread' },
      },
    });
    // The reminded row lacks its due date (the list does not show it): named, not guessed.
    expect(requestOf(reminded!, draftOf(reminded!), view)).toEqual({
      ok: false,
      fields: ['amount', 'dueDate'],
    });
    const typed = { ...draftOf(reminded!), amount: '1 800,00', dueDate: '2026-02-11' };
    expect(requestOf(reminded!, typed, view)).toMatchObject({
      ok: true,
      request: {
        totalCents: 180_000,
        whereabouts: { reached: 'email', on: '2026-02-18', source: 'gmail-thread' },
      },
    });
  });

  it('an answer the user changed is theirs; a wrong e-mail, a missing kind and a bad amount are named', async () => {
    const view = await reviewView(freshDb(), review);
    const p = view.proposals[0]!;
    const called = { ...draftOf(p), reached: 'call' as const, on: '2026-03-01', answered: true };
    expect(requestOf(p, called, view)).toMatchObject({
      ok: true,
      request: { whereabouts: { reached: 'call', on: '2026-03-01', source: 'user' } },
    });
    const wrong = {
      ...draftOf(p),
      clientEmail: 'pas une adresse',
      clientKind: null,
      amount: 'beaucoup',
      number: ' ',
    };
    const built = requestOf(p, wrong, view);
    expect(built.ok).toBe(false);
    if (!built.ok)
      expect([...built.fields].sort()).toEqual(['amount', 'clientEmail', 'clientKind', 'number']);
  });
});
