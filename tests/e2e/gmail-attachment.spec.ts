/**
 * The PDF attached to a Gmail invoice behind Gmail's real 302 to
 * mail-attachment.googleusercontent.com (gmail-dom.md §2), served by a local server
 * (gmail-redirect.ts): read by the background when the user granted that host; the page's own
 * fetch cannot follow it (no CORS), and the card then keeps the e-mail's values quietly.
 */
import { join } from 'node:path';
import { ARTIFACTS, expect } from './fixtures';
import { redirectTest as test } from './gmail-redirect';
import { GMAIL, serveGmail, THREAD } from './gmail-sim';

test('behind a real 302, the background reads the PDF from the attachment host and the card shows what it adds', async ({
  session,
  attachmentServer,
}) => {
  serveGmail(session);
  const page = await session.context.newPage();
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  page.on('pageerror', (e) => logged.push(e.message));
  await page.goto(`${GMAIL}?hl=fr#all/${THREAD.pdfOnly}`);
  // The e-mail says « ci-joint ma facture » only: amount and due date come from the PDF.
  await expect(page.getByTestId('card-summary')).toHaveText(
    'Facture F-2026-005 · 1 200,00 € · échéance 04/03/2026',
  );
  await page.screenshot({ path: join(ARTIFACTS, 'gmail-attachment-302-background.png') });
  // Gmail's URL answered 302, the attachment host the PDF; both asked by the background
  // (no Origin, Sec-Fetch-Site none), never by the page.
  expect(attachmentServer.hits).toEqual([
    { host: 'mail.google.com', path: '/mail/u/0/', origin: null, site: 'none', status: 302 },
    {
      host: 'mail-attachment.googleusercontent.com',
      path: '/attachment/u/0/',
      origin: null,
      site: 'none',
      status: 200,
    },
  ]);
  expect(logged).toEqual([]);
});
