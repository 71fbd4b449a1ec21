import { expect, extensionPage, test } from './fixtures';

test('the built extension loads and its service worker answers a protocol ping', async ({ session }) => {
  const page = await session.context.newPage();
  await extensionPage(session, page, 'popup.html');
  const answer = await page.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: the page's own extension API, untyped here.
    (globalThis as any).chrome.runtime.sendMessage({ channel: 'echeance', name: 'ping', payload: {} }),
  );
  expect(answer).toMatchObject({ ok: true, data: { pong: true } });
  await expect(page.getByTestId('popup-empty')).toBeVisible();
});
