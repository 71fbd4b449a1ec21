/**
 * The background's messages end to end in Node: the validating receiver, the one-line
 * handlers and the use cases, with fake ports. What only e2e covered before: recording a
 * reminder sent from the popup, and which answers replan (badge, overview, alarms).
 */
import { describe, expect, it } from 'vitest';
import { testBackground } from './background';
import { freshDb, item, NOW, seed, TODAY } from './fixture';

const background = () => testBackground(freshDb(), NOW);

describe('the background’s messages', () => {
  it('a reminder sent from the popup: one reminder_sent per invoice covered, then a replan', async () => {
    const { db, send, replans } = background();
    const seeded = await seed(db, [item('F-1', '2026-03-04'), item('F-2', '2026-03-04')]);
    const draft = await send('reminder/draft', { invoiceId: seeded['F-1']!.id });
    expect(draft.ok && draft.data.covers).toHaveLength(2);
    if (!draft.ok) return;
    const { invoiceId, stepId, template, covers } = draft.data;
    const answer = await send('reminder/sent', { invoiceId, stepId, template, threadId: null, covers });
    expect(answer).toEqual({ ok: true, data: { ok: true } });
    const events = await db.events.toArray();
    expect(events.map((e) => e.type)).toEqual(['reminder_sent', 'reminder_sent']);
    expect(
      events.every((e) => e.date === TODAY && e.type === 'reminder_sent' && e.stepId === 'j7-email'),
    ).toBe(true);
    expect((await db.invoices.get(seeded['F-2']!.id))?.nextActionDate).toBe('2026-03-19');
    expect(replans()).toBe(1);
  });

  it('reads and openings do not replan; writes do', async () => {
    const { db, send, ports, replans } = background();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    await send('reminder/open', { invoiceId: f1!.id });
    await send('client/statement-mail', { clientId: f1!.clientId });
    expect(ports.tabs).toHaveLength(2);
    expect(replans()).toBe(0);
    await send('invoice/mark-paid', { invoiceId: f1!.id });
    expect(replans()).toBe(1);
    expect((await db.invoices.get(f1!.id))?.status).toBe('paid');
    // A second announcement records nothing, and so does not replan.
    await send('invoice/payment-announced', { invoiceId: f1!.id, gmailMessageId: null });
    expect(replans()).toBe(1);
  });

  it('a message the receiver refuses writes nothing', async () => {
    const { db, send } = background();
    const answer = await send('scenario/save', {
      scenario: {
        id: 'standard',
        name: 'x',
        builtIn: false,
        steps: [{ id: 's', offsetDays: 1, action: 'email', template: 'email.courteous', tone: 'courteous' }],
      },
    });
    expect(answer.ok).toBe(false);
    expect(await db.scenarios.count()).toBe(0);
  });
});
