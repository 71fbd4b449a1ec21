/**
 * Launches Chromium with the built extension in a persistent profile, serves host pages at
 * their real URLs from tests/fixtures, and fails any test that lets a request leave the
 * browser for a host no fixture serves.
 */
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = resolve(import.meta.dirname, '.artifacts');

/** A route the test serves: URL prefix → handler. */
export type HostRoutes = Map<
  string,
  (url: URL) => {
    body: string | Buffer;
    contentType: string;
    status?: number;
    headers?: Record<string, string>;
  } | null
>;

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests that tried to leave the browser. */
  leaks: string[];
  hosts: HostRoutes;
  close(): Promise<void>;
}

/**
 * Hosts answered by a real local server instead of interception (tests/e2e/gmail-redirect.ts):
 * Chromium resolves them to it (`args`), and `bypass` keeps their requests out of `route`, whose
 * interception breaks redirects (any intercepted request answered 302, even by `route.continue`,
 * fails with "Failed to fetch" in Chromium 156 + Playwright 1.65).
 */
export interface LocalHosts {
  args: string[];
  bypass: (url: URL) => boolean;
}

export async function launch(
  profileDir: string,
  hosts: HostRoutes = new Map(),
  lang: 'fr' | 'en' = 'fr',
  local?: LocalHosts,
): Promise<Session> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
    // Chromium on Linux takes its UI language (chrome.i18n in the service worker) from these.
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_GB.UTF-8' },
    args: [
      `--lang=${lang === 'fr' ? 'fr-FR' : 'en-GB'}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      ...(local?.args ?? []),
    ],
  });
  const leaks: string[] = [];
  await context.route(
    (url) => !local?.bypass(url),
    async (route) => {
      const url = new URL(route.request().url());
      // The extension's own files and in-memory URLs never leave the browser.
      if (['chrome-extension:', 'data:', 'blob:'].includes(url.protocol)) return route.continue();
      for (const [prefix, handler] of hosts) {
        if (url.href.startsWith(prefix)) {
          const answer = handler(url);
          if (answer)
            return route.fulfill({
              status: answer.status ?? 200,
              headers: answer.headers,
              body: answer.body,
              contentType: answer.contentType,
            });
        }
      }
      leaks.push(url.href);
      return route.abort('blockedbyclient');
    },
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    leaks,
    hosts,
    close: () => context.close(),
  };
}

export function extensionPage(session: Session, page: Page, path: string) {
  return page.goto(`chrome-extension://${session.extensionId}/${path}`);
}
