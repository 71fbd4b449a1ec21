/**
 * The PDF attached to a Gmail invoice behind Gmail's real 302 to
 * mail-attachment.googleusercontent.com (ISDK gmail-attachment-card-view.ts), served by a local server
 * (gmail-redirect.ts): read by the background when the user granted that host; the page's own
 * fetch cannot follow it (no CORS), and the card then keeps the e-mail's values quietly.
 */
import { join } from 'node:path';
import { ARTIFACTS, expect } from './fixtures';
import { setAttachmentGrant, redirectTest as test } from './gmail-redirect';
import { openLogged, serveGmail, THREAD } from './gmail-sim';

/** Gmail's URL answered 302, the attachment host the PDF: both asked by the background (no
 * Origin, Sec-Fetch-Site none), never by the page. */
const FROM_BACKGROUND = [
  { host: 'mail.google.com', path: '/mail/u/0/', origin: null, site: 'none', status: 302 },
  {
    host: 'mail-attachment.googleusercontent.com',
    path: '/attachment/u/0/',
    origin: null,
    site: 'none',
    status: 200,
  },
];
/** The e-mail says « ci-joint ma facture » only: amount and due date come from the PDF. */
const FROM_PDF = 'Facture F-2026-005 · 1 200,00 € · échéance 04/03/2026';

test('behind a real 302, the background reads the PDF from the attachment host and the card shows what it adds', async ({
  session,
  attachmentServer,
}) => {
  serveGmail(session);
  const { page, logged } = await openLogged(session, `all/${THREAD.pdfOnly}`);
  await expect(page.getByTestId('card-summary')).toHaveText(FROM_PDF);
  await page.screenshot({ path: join(ARTIFACTS, 'gmail-attachment-302-background.png') });
  expect(attachmentServer.hits).toEqual(FROM_BACKGROUND);
  expect(logged).toEqual([]);
});

test('host not granted: the page stops at the 302, the card offers « Autoriser… », the settings ask from a click; once granted, the card is completed', async ({
  session,
  attachmentServer,
}) => {
  serveGmail(session);
  await setAttachmentGrant(session, false);
  const { page, logged } = await openLogged(session, `all/${THREAD.pdfOnly}`);
  const notice = page.getByTestId('card-notice');
  await expect(notice).toContainText('PDF joint non lu dans ce navigateur');
  await expect(page.getByTestId('card-summary')).toHaveText('Facture F-2026-005');
  // The page asked Gmail's URL and did not follow its 302 to the host it cannot read: no
  // cross-origin request, nothing in the console.
  expect(attachmentServer.hits).toEqual([
    { host: 'mail.google.com', path: '/mail/u/0/', origin: null, site: 'same-origin', status: 302 },
  ]);
  expect(logged).toEqual([]);
  await page.screenshot({ path: join(ARTIFACTS, 'gmail-attachment-needs-grant.png') });

  // « Autoriser… » opens the settings on the section that asks, from a click there.
  const [settings] = await Promise.all([
    session.context.waitForEvent('page'),
    notice.getByRole('button', { name: 'Autoriser la lecture des PDF…' }).click(),
  ]);
  const section = settings.getByTestId('section-gmail-attachments');
  const state = settings.getByTestId('gmail-attachments-state');
  await expect(state).toHaveText('Non autorisé : la carte reprend les valeurs de l’e-mail.');
  const allow = section.getByRole('button', { name: 'Autoriser la lecture des pièces jointes' });
  await expect(allow).toBeFocused();
  await allow.click();
  // permissions.request shows the browser's dialog, which headless Chromium leaves pending.
  await expect(state).toHaveText('Répondez à la demande de votre navigateur.');
  await settings.screenshot({ path: join(ARTIFACTS, 'gmail-attachment-settings-asking.png') });
  // The user allows the host (here in the browser's own site-access settings): the section
  // follows, and on the next visit of the thread the card reads the PDF through the background.
  await setAttachmentGrant(session, true);
  await expect(state).toHaveText('Autorisé : les PDF joints sont lus sur votre ordinateur.');
  await settings.close();
  await page.reload();
  await expect(page.getByTestId('card-summary')).toHaveText(FROM_PDF);
  await expect(notice).toHaveCount(0);
  expect(attachmentServer.hits.slice(1)).toEqual(FROM_BACKGROUND);
  expect(logged).toEqual([]);
});
