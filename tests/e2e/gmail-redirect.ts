/**
 * Gmail's attachment URL as it answers since 2026 (ISDK gmail-attachment-card-view.ts): a real 302 to
 * mail-attachment.googleusercontent.com, which serves the PDF without CORS headers. Interception
 * cannot serve it (any intercepted request answered 302 fails with "Failed to fetch" in
 * Chromium 156 + Playwright 1.65, even through `route.continue` to a server), so a local HTTPS
 * server answers both hosts: Chromium resolves them to it (`--host-resolver-rules`), accepts its
 * self-signed certificate by its key alone (`--ignore-certificate-errors-spki-list`, nothing
 * else), and `route` lets these requests through untouched. Everything else in the test is
 * still served by interception, and the leak check still holds for every other host.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { expect, type LocalHosts, launch, type Session, test } from './fixtures';
import { attachmentPdf } from './gmail-sim';

const TLS = resolve(import.meta.dirname, '../fixtures/gmail/tls');
const ATTACHMENTS = 'mail-attachment.googleusercontent.com';

/** One request the server answered, as it arrived. */
export interface Hit {
  host: string;
  path: string;
  /** `Origin`: set by a page's cross-origin fetch, absent from the extension's background. */
  origin: string | null;
  /** `Sec-Fetch-Site`: `same-origin` or `cross-site` from the page, `none` from the background. */
  site: string | null;
  status: number;
}

export interface AttachmentServer extends LocalHosts {
  hits: Hit[];
  /** Legacy thread id → a PDF path served in place of the thread's own. */
  pdfs: Record<string, string>;
  close: () => Promise<void>;
}

/** Gmail's attachment URLs (`?…&view=att`) and anything on the attachment host. */
const isAttachment = (url: URL) =>
  url.hostname === ATTACHMENTS ||
  (url.hostname === 'mail.google.com' && url.searchParams.get('view') === 'att');

export async function startAttachmentServer(): Promise<AttachmentServer> {
  const cert = readFileSync(resolve(TLS, 'cert.pem'));
  const hits: Hit[] = [];
  const pdfs: Record<string, string> = {};
  const server = createServer({ key: readFileSync(resolve(TLS, 'key.pem')), cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    const answer = (status: number, headers: Record<string, string>, body: Buffer | string) => {
      hits.push({
        host,
        path: url.pathname,
        origin: req.headers.origin ?? null,
        site: (req.headers['sec-fetch-site'] as string | undefined) ?? null,
        status,
      });
      res.writeHead(status, headers);
      res.end(body);
    };
    if (host === 'mail.google.com' && url.pathname === '/mail/u/0/' && url.searchParams.get('view') === 'att')
      return answer(302, { location: `https://${ATTACHMENTS}/attachment/u/0/${url.search}` }, '');
    if (
      host === ATTACHMENTS &&
      url.pathname === '/attachment/u/0/' &&
      url.searchParams.get('view') === 'att'
    ) {
      // No Access-Control-Allow-Origin: a page's fetch that followed the 302 cannot read this.
      const body = attachmentPdf(url.searchParams.get('th') ?? '', pdfs);
      return answer(200, { 'content-type': 'application/pdf', 'content-length': String(body.length) }, body);
    }
    answer(404, { 'content-type': 'text/plain' }, 'Not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const spki = createHash('sha256')
    .update(new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');
  return {
    hits,
    pdfs,
    args: [
      `--host-resolver-rules=MAP mail.google.com 127.0.0.1:${port}, MAP ${ATTACHMENTS} 127.0.0.1:${port}`,
      `--ignore-certificate-errors-spki-list=${spki}`,
    ],
    bypass: isAttachment,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** The e2e `test`, with Gmail's attachments answered by the local server (real redirects). */
export const redirectTest = test.extend<{ attachmentServer: AttachmentServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern.
  attachmentServer: async ({}, use) => {
    const server = await startAttachmentServer();
    await use(server);
    await server.close();
  },
  session: async ({ profileDir, lang, attachmentServer }, use) => {
    const session = await launch(profileDir, new Map(), lang, attachmentServer);
    await use(session);
    await session.close().catch(() => {});
    expect(session.leaks, 'no request may leave the browser').toEqual([]);
  },
});

/**
 * Withholds or grants the attachment host as the user does in Chrome's own extension settings
 * (chrome://extensions → Échéance → Site access), through the calls that page makes. Headless
 * Chromium cannot answer the permission dialog of `permissions.request` (it stays pending: tried
 * with 156), and an optional host cannot be granted any other way; so the e2e build lists the
 * host as granted at install, and this takes it back ("on specific sites": Gmail only) or gives
 * it again.
 */
export async function setAttachmentGrant(session: Session, granted: boolean): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    async ({ id, granted }) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome://extensions' private API, untyped here.
      const dev = (globalThis as any).chrome.developerPrivate;
      await dev.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
      await dev.addHostPermission(id, 'https://mail.google.com/*');
      if (granted) await dev.addHostPermission(id, 'https://mail-attachment.googleusercontent.com/*');
    },
    { id: session.extensionId, granted },
  );
  await page.close();
}
