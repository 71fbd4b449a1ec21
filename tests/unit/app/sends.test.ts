import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addPendingSend, settlePendingSend } from '../../../core/app/gmail-pending';
import { attachablePdf } from '../../../core/app/invoice-pdf';
import { openReminderFor } from '../../../core/app/open-reminder';
import { findOpenedCompose, openedComposeFor } from '../../../core/app/opened-composes';
import {
  confirmQuestion,
  pendingConfirmations,
  withConfirmations,
} from '../../../core/app/pending-confirm-read';
import { answerPendingConfirmation } from '../../../core/app/pending-confirmations';
import { refresh } from '../../../core/app/refresh';
import { saveSettings } from '../../../core/db';
import { DEFAULT_SETTINGS } from '../../../core/model';
import { fakePorts, freshDb, item, NOW, seed } from './fixture';
import { derive } from './gmail-setup';

const PDF = { name: 'F-1.pdf', mime: 'application/pdf', base64: 'JVBERi0xLjQK' };
const TOMORROW = new Date(NOW.getTime() + 24 * 3600_000);

async function openedIn(target: 'gmail' | 'outlook' | 'mailto', file: typeof PDF | null = null) {
  const db = freshDb();
  await saveSettings(db, { ...DEFAULT_SETTINGS, mailTarget: target });
  const seeded = await seed(db, [item('F-1', '2026-03-04', { file }), item('F-2', '2026-03-04')]);
  const ports = fakePorts();
  const opened = await openReminderFor(db, seeded['F-1']!.id, NOW, ports);
  return { db, ports, opened, f1: seeded['F-1']!, f2: seeded['F-2']! };
}

const events = async (db: ReturnType<typeof freshDb>) =>
  (await db.events.toArray()).map((e) => [e.invoiceId, e.type, 'stepId' in e ? e.stepId : null]).sort();

describe('a new Gmail message opened by Échéance, followed by the Gmail page', () => {
  it('is remembered when the tab opens, then recognised in the compose Gmail built from the URL', async () => {
    const { db, ports, opened, f1, f2 } = await openedIn('gmail');
    expect(opened).toMatchObject({ opened: true, followed: true });
    const url = new URL(ports.tabs[0]!);
    expect(url.searchParams.get('view')).toBe('cm');
    const seen = {
      to: [url.searchParams.get('to')!],
      subject: url.searchParams.get('su')!,
      body: `${url.searchParams.get('body')}\n-- \nCamille`,
    };
    const { found } = await openedComposeFor(db, seen, NOW);
    expect(found).toMatchObject({ invoiceId: f1.id, stepId: 'j7-email', attach: true });
    expect(found?.covers.map((c) => c.invoiceId).sort()).toEqual([f1.id, f2.id].sort());
    // Another compose to the same client is not it.
    expect(
      (await openedComposeFor(db, { ...seen, subject: 'Autre', body: 'Bonjour' }, NOW)).found,
    ).toBeNull();
  });

  it('sent (after Undo), it records the step for every invoice it covered; nothing is left to follow', async () => {
    const { db, ports, f1, f2 } = await openedIn('gmail');
    const url = new URL(ports.tabs[0]!);
    const seen = {
      to: ['compta@acme.test'],
      subject: url.searchParams.get('su')!,
      body: url.searchParams.get('body')!,
    };
    const { found } = await openedComposeFor(db, seen, NOW);
    const pendingId = await addPendingSend(
      db,
      {
        ...found!,
        threadId: null,
        viewThreadId: 'new-message',
        fingerprint: found!.start,
        before: 0,
        draftId: null,
      },
      NOW,
    );
    expect(await events(db)).toEqual([]);
    expect(await settlePendingSend(db, pendingId, 'sent', NOW, derive)).toBe(true);
    expect(await events(db)).toEqual(
      [
        [f1.id, 'reminder_sent', 'j7-email'],
        [f2.id, 'reminder_sent', 'j7-email'],
      ].sort(),
    );
    expect(await findOpenedCompose(db, seen, NOW)).toBeNull();
  });

  it('undone or discarded, records nothing; opened again, the same step is remembered once', async () => {
    const { db, f1 } = await openedIn('gmail');
    await openReminderFor(db, f1.id, NOW, fakePorts());
    expect((await db.meta.get('gmail-opened-composes'))?.value).toHaveLength(1);
    const seen = { to: ['compta@acme.test'], subject: '', body: '' };
    expect(await findOpenedCompose(db, seen, NOW)).toBeNull();
    // Two days later it is the user's own draft.
    const later = new Date(NOW.getTime() + 3 * 24 * 3600_000);
    const row = (await db.meta.get('gmail-opened-composes'))?.value as { subject: string }[];
    expect(await findOpenedCompose(db, { ...seen, subject: row[0]!.subject }, NOW)).not.toBeNull();
    expect(await findOpenedCompose(db, { ...seen, subject: row[0]!.subject }, later)).toBeNull();
  });
});

describe('« À confirmer » for Outlook on the web and the mail app', () => {
  it('waits, asked the next day as « ouverte hier », until « Oui » records the step', async () => {
    const { db, ports, opened, f1, f2 } = await openedIn('outlook');
    expect(opened).toMatchObject({ opened: true, followed: true });
    expect(ports.tabs[0]).toMatch(/^https:\/\/outlook\.office\.com\//);
    const [view] = await pendingConfirmations(db, TOMORROW);
    expect(view).toMatchObject({
      client: 'Acme SAS',
      numbers: ['F-1', 'F-2'],
      target: 'outlook',
      daysAgo: 1,
    });
    expect(confirmQuestion(view!, 'fr')).toBe('À confirmer : relance à Acme SAS ouverte hier — envoyée ?');
    expect(confirmQuestion({ ...view!, daysAgo: 3 }, 'en')).toBe(
      'To confirm: reminder to Acme SAS opened 3 days ago — did it go?',
    );
    expect(await answerPendingConfirmation(db, view!.id, true, TOMORROW, derive)).toBe(true);
    expect(await events(db)).toEqual(
      [
        [f1.id, 'reminder_sent', 'j7-email'],
        [f2.id, 'reminder_sent', 'j7-email'],
      ].sort(),
    );
    expect(await pendingConfirmations(db, TOMORROW)).toEqual([]);
    // Answered once: a second answer records nothing more.
    expect(await answerPendingConfirmation(db, view!.id, true, TOMORROW, derive)).toBe(false);
    expect(await db.events.count()).toBe(2);
  });

  it('« Non, pas envoyée » records nothing and the question goes', async () => {
    const { db } = await openedIn('mailto');
    const [view] = await pendingConfirmations(db, NOW);
    expect(view).toMatchObject({ target: 'mailto', daysAgo: 0, attachByHand: false });
    expect(await answerPendingConfirmation(db, view!.id, false, NOW, derive)).toBe(false);
    expect(await db.events.count()).toBe(0);
    expect(await pendingConfirmations(db, NOW)).toEqual([]);
  });

  it('says the PDF is to be attached by hand when the invoice has one', async () => {
    const { db } = await openedIn('outlook', PDF);
    expect((await pendingConfirmations(db, NOW))[0]?.attachByHand).toBe(true);
  });

  it('is in the digest until answered, even on a day with no reminder due', async () => {
    const { db } = await openedIn('outlook');
    // The reminder is still due (unanswered): the digest counts it and asks the question.
    const [view] = await pendingConfirmations(db, NOW);
    const ports = fakePorts();
    await refresh(db, TOMORROW, 'digest', ports);
    expect(ports.notifications.map((n) => n.text.title)).toEqual([
      expect.stringMatching(/^\d+ relances? à faire aujourd’hui/),
    ]);
    expect(ports.notifications[0]?.text.message).toContain(
      'À confirmer : relance à Acme SAS ouverte hier — envoyée ?',
    );
    await answerPendingConfirmation(db, view!.id, true, TOMORROW, derive);
    const next = fakePorts();
    await refresh(db, new Date(TOMORROW.getTime() + 24 * 3600_000), 'digest', next);
    expect(next.notifications.map((n) => n.text.message).join(' ')).not.toContain('À confirmer');
  });

  it('alone in the digest when no reminder is due: the question is its title, « Répondre » its button', () => {
    const line = 'À confirmer : relance à Acme SAS ouverte hier — envoyée ?';
    // Nothing to remind or put off: one button, which opens today's list where it is asked.
    expect(withConfirmations(null, line, 'fr')).toEqual({
      title: line,
      message: '',
      buttons: ['Répondre'],
    });
    expect(withConfirmations(null, line, 'en')?.buttons).toEqual(['Answer']);
    expect(withConfirmations(null, null, 'fr')).toBeNull();
    const digest = {
      title: '2 relances',
      message: 'Ouvrez Échéance.',
      buttons: ['a', 'b'] as [string, string],
    };
    expect(withConfirmations(digest, line, 'fr')?.message).toBe(`${line}\nOuvrez Échéance.`);
  });
});

describe('the invoice PDF for the Gmail compose', () => {
  it('while a step is due and the invoice has its PDF; none once turned off', async () => {
    const { db, f1, f2 } = await openedIn('gmail', PDF);
    expect((await attachablePdf(db, f1.id, NOW)).file).toEqual(PDF);
    expect((await attachablePdf(db, f2.id, NOW)).file).toBeNull();
    expect(
      (await openedComposeFor(db, { to: ['compta@acme.test'], subject: '', body: '' }, NOW)).found,
    ).toBeNull();
    await saveSettings(db, { ...DEFAULT_SETTINGS, mailTarget: 'gmail', attachInvoicePdf: false });
    expect((await attachablePdf(db, f1.id, NOW)).file).toBeNull();
  });
});
