/**
 * « Suivre les N factures » from the Sent-list review (issue #19): through the validating
 * receiver and the handlers, as the review page sends it.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SENT_REVIEW_PAGE } from '../../../core/app/gmail-bulk-track';
import type { TrackFromGmail } from '../../../core/model';
import { SentReviewSchema } from '../../../core/model/gmail-sent';
import { testBackground } from './background';
import { closeAll, freshDb, NOW, trackRequest } from './gmail-setup';

afterEach(closeAll);

const background = (from: 'extension' | 'gmail' = 'extension') => testBackground(freshDb(), NOW, from);

const three: [TrackFromGmail, TrackFromGmail, TrackFromGmail] = [
  trackRequest({
    threadId: 't-1',
    messageId: null,
    whereabouts: { reached: 'nothing', on: null, source: 'gmail-thread' },
  }),
  trackRequest({
    threadId: 't-2',
    messageId: null,
    number: 'INV-1042',
    totalCents: 125_000,
    currency: 'GBP',
    clientName: 'Northwind Ltd',
    clientEmail: 'accounts@northwind.co.uk',
    language: 'en',
    dueDate: '2026-03-31',
  }),
  trackRequest({
    threadId: 't-3',
    messageId: null,
    number: 'F-2026-008',
    totalCents: 180_000,
    clientName: 'Atelier Brume',
    clientEmail: 'ines.garnier@atelier-brume.test',
    issueDate: null,
    dueDate: '2026-02-11',
    whereabouts: { reached: 'email', on: '2026-02-18', source: 'gmail-thread' },
  }),
];

describe('gmail/bulk-track', () => {
  it('tracks every chosen invoice with its Gmail origin, then replans once', async () => {
    const { db, send, replans } = background();
    const answer = await send('gmail/bulk-track', { rows: three });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.data.tracked.map((t) => [t.threadId, t.number, t.alreadyTracked])).toEqual([
      ['t-1', 'F-2026-001', false],
      ['t-2', 'INV-1042', false],
      ['t-3', 'F-2026-008', false],
    ]);
    const invoices = await db.invoices.toArray();
    expect(invoices.map((i) => [i.number, i.totalCents, i.currency, i.origin]).sort()).toEqual([
      ['F-2026-001', 150_000, 'EUR', { kind: 'gmail', threadId: 't-1', messageId: null, account: 0 }],
      ['F-2026-008', 180_000, 'EUR', { kind: 'gmail', threadId: 't-3', messageId: null, account: 0 }],
      ['INV-1042', 125_000, 'GBP', { kind: 'gmail', threadId: 't-2', messageId: null, account: 0 }],
    ]);
    expect((await db.clients.toArray()).map((c) => c.name).sort()).toEqual([
      'Acme SAS',
      'Atelier Brume',
      'Northwind Ltd',
    ]);
    expect(replans()).toBe(1);
  });

  it('a bad row is named and nothing is written', async () => {
    const { db, send, replans } = background();
    const rows = [three[0], { ...three[1], totalCents: 0 }, three[2]];
    const answer = await send('gmail/bulk-track', { rows });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.issues.map((i) => i.path)).toEqual(['rows.1.totalCents']);
    expect(await db.invoices.count()).toBe(0);
    expect(replans()).toBe(0);
  });

  it('one number twice in the pass is refused, naming both rows', async () => {
    const { db, send } = background();
    const answer = await send('gmail/bulk-track', {
      rows: [three[0], { ...three[2], number: 'f-2026-001' }],
    });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toBe('ligne 2 : le numéro f-2026-001 est déjà celui de la ligne 1');
    expect(await db.invoices.count()).toBe(0);
  });

  it('a failure in the middle of the pass rolls every row back', async () => {
    const { db, send } = background();
    // The second invoice's write fails: the first one's writes must go too.
    const original = db.invoices.put.bind(db.invoices);
    let calls = 0;
    db.invoices.put = ((...args: Parameters<typeof original>) => {
      calls++;
      if (calls === 2) throw new Error('disque plein');
      return original(...args);
    }) as typeof db.invoices.put;
    const answer = await send('gmail/bulk-track', { rows: three });
    expect(answer.ok).toBe(false);
    db.invoices.put = original;
    expect(await db.invoices.count()).toBe(0);
    expect(await db.clients.count()).toBe(0);
  });

  it('is asked from the review page, never from Gmail’s page', async () => {
    const { send } = background('gmail');
    const answer = await send('gmail/bulk-track', { rows: three });
    expect(answer.ok === false && answer.error.code).toBe('forbidden');
  });
});

describe('gmail/sent-review', () => {
  it('opens the review page with the rows in its address, read back by the page’s schema', async () => {
    const { send, ports } = background('gmail');
    const review = {
      rows: [
        {
          threadId: '18c1a2b3c4d5e6f1',
          subject: 'Facture <b>F-1</b>',
          people: [{ email: 'compta@acme.test', name: 'Acme SAS' }],
          dateTitle: 'ven. 13 févr. 2026, 10:00',
          snippet: 'Bonjour Marie, la facture F-1 de 1 500,00 € TTC',
          messageCount: 1,
          attachments: ['Facture-F-1.pdf'],
        },
      ],
      me: 'me@freelance.test',
      account: 0,
      sentList: true,
    };
    expect(await send('gmail/sent-review', review)).toEqual({ ok: true, data: { opened: true } });
    const [url] = ports.tabs;
    expect(url?.startsWith(`chrome-extension://test${SENT_REVIEW_PAGE}#`)).toBe(true);
    const hash = new URL(url ?? '').hash.slice(1);
    expect(SentReviewSchema.parse(JSON.parse(decodeURIComponent(hash)))).toEqual(review);
  });
});
