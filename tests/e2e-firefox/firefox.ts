/**
 * Drives Debian's Firefox ESR over WebDriver BiDi (puppeteer-core, no browser download) with
 * the built Firefox extension (`npm run build:e2e:firefox`) installed as a temporary add-on.
 * Host pages are served at their real URLs by request interception; any request to a host no
 * fixture serves is refused and recorded, and each test checks that none was.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { readAllRows } from '../e2e/idb-read';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/firefox-mv3-e2e');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ARTIFACTS = resolve(import.meta.dirname, '../e2e/.artifacts');

/** Fixed, so that the extension's origin is known before it is installed. */
const UUID = '3e0c1f7a-5b2d-4c8e-9f61-7a4d2b8e0c15';
export const ORIGIN = `moz-extension://${UUID}`;
/** The background turns a tab opened here into our page (core/platform/e2e.ts). */
const OPEN = 'https://echeance.test/open/';

export type HostRoutes = Map<string, (url: URL) => { body: string | Buffer; contentType: string } | null>;

export interface Session {
  browser: Browser;
  hosts: HostRoutes;
  /** Requests that tried to leave the browser. */
  leaks: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(): Promise<Session> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'intl.accept_languages': 'fr-FR, fr',
    },
  });
  const id = await browser.installExtension(EXTENSION_PATH);
  if (id !== GECKO_ID) throw new Error(`installed as ${id}, expected ${GECKO_ID}`);
  const hosts: HostRoutes = new Map([
    [OPEN, () => ({ body: '<!doctype html><title>…</title>', contentType: 'text/html' })],
  ]);
  const leaks: string[] = [];

  const route = (request: HTTPRequest) => {
    const url = new URL(request.url());
    // A request whose page navigated away is gone: answering it fails, harmlessly.
    const ignore = () => {};
    if (['moz-extension:', 'data:', 'blob:'].includes(url.protocol))
      return void request.continue().catch(ignore);
    for (const [prefix, handler] of hosts) {
      if (!url.href.startsWith(prefix)) continue;
      const answer = handler(url);
      if (answer)
        return void request
          .respond({ status: 200, body: answer.body, contentType: answer.contentType })
          .catch(ignore);
    }
    // Browsers ask for /favicon.ico by themselves: not a leak of ours.
    if (url.pathname !== '/favicon.ico') leaks.push(url.href);
    return void request.abort().catch(ignore);
  };

  return {
    browser,
    hosts,
    leaks,
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', route);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Opens one of our pages (`popup.html`, `dashboard.html#import`) in `page`: Firefox refuses to
 * let automation navigate to moz-extension://, so the background does it for us.
 */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
  const target = `${ORIGIN}/${path}`;
  const href = () => page.evaluate(() => location.href).catch(() => '');
  // Asked again if nothing happened: right after the install, the background may not have
  // registered its listener yet.
  for (let attempt = 1; ; attempt++) {
    // The background turning the tab into our page may abort the test host's load before it
    // ends (NS_BINDING_ABORTED, seen once under load): that is the redirect working.
    await page.goto(`${OPEN}${path}`).catch((e: unknown) => {
      if (!String(e).includes('NS_BINDING_ABORTED')) throw e;
    });
    try {
      await waitFor(href, (h) => h === target, 10_000);
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  await page.waitForFunction(() => document.readyState === 'complete');
}

/** Polls `read` until `ok` holds, or fails with the last value seen. */
export async function waitFor<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  // Generous: the suite shares a small machine with other builds.
  timeout = 20_000,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

/** Sends a protocol message from an extension page, as the popup or dashboard would. */
export function sendMessage(page: Page, name: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    (n, p) =>
      // biome-ignore lint/suspicious/noExplicitAny: the page's own extension API, untyped here.
      (globalThis as any).browser.runtime.sendMessage({ channel: 'echeance', name: n, payload: p }),
    name,
    payload,
  );
}

/** Reads a whole object store of the extension's IndexedDB from one of its pages. */
export async function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return (await page.evaluate(readAllRows, store)) as T[];
}

/**
 * Our UI in French whatever Firefox's own language (Debian's firefox-esr is English without
 * its language pack): the language setting, as a user would choose it in the dashboard.
 */
export async function chooseFrench(page: Page): Promise<void> {
  const settings = (await readStore<{ value: object }>(page, 'settings'))[0]?.value ?? {};
  const answer = await sendMessage(page, 'settings/save', { settings: { ...settings, language: 'fr' } });
  if (!(answer as { ok?: boolean }).ok) throw new Error(`settings/save: ${JSON.stringify(answer)}`);
}

/**
 * The text content of every element matching `selector`, across open shadow roots too, with
 * runs of white space (French thin and no-break spaces included) made one plain space.
 */
export async function texts(page: Page, selector: string): Promise<string[]> {
  const raw = await page.$$eval(`pierce/${selector}`, (els) => els.map((e) => e.textContent ?? ''));
  return raw.map((t) => t.replace(/\s+/g, ' ').trim());
}
