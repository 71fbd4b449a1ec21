import { expect, extensionPage, test } from './fixtures';
import { readStore, trackFacturePdfInGmail } from './helpers';

interface Sent {
  to: string[];
  body: string;
  threadId: string | null;
  kind: 'reply' | 'new';
}

test('« Rédiger la relance » in the popup, for an invoice tracked from Gmail, replies in its thread', async ({
  session,
}) => {
  await trackFacturePdfInGmail(session);

  const popup = await session.context.newPage();
  await extensionPage(session, popup, 'popup.html');
  const row = popup.getByTestId('today-row').filter({ hasText: 'F-2026-001' });
  const [thread] = await Promise.all([
    session.context.waitForEvent('page'),
    row.getByTestId('row-main').click(),
  ]);
  // The thread opens in Gmail and today's reminder is written as a reply in it.
  await expect(thread).toHaveURL(/mail\.google\.com\/mail\/u\/0\/#all\/18c1a2b3c4d5e6f1$/);
  const body = thread.locator('.M9 [g_editable=true]');
  await expect(body).toContainText('F-2026-001');
  await expect(body).toContainText(/1\s500,00\s€/);
  await thread.locator('.M9 div.T-I.T-I-atl[role=button]').click();
  await expect
    .poll(() => thread.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent ?? []))
    .toEqual([
      expect.objectContaining({ kind: 'reply', threadId: '18c1a2b3c4d5e6f1', to: ['compta@acme.test'] }),
    ]);
  await expect
    .poll(
      async () =>
        (await readStore<{ type: string; stepId: string }>(popup, 'events')).map((e) => [e.type, e.stepId]),
      // Recorded once Gmail's undo window has passed (compose-reminder.ts).
      { timeout: 15_000 },
    )
    .toEqual([['reminder_sent', 'j7-email']]);
});
