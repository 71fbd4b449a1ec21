/**
 * e2e builds only (tests/e2e-firefox). Firefox lets no automation navigate a tab to a
 * moz-extension:// page, so the suite loads https://echeance.test/open/<page> (a host only the
 * e2e manifest grants) and the background turns that very tab into our page, which the suite
 * then drives like any other.
 */
import { browser } from 'wxt/browser';

const OPEN_PREFIX = 'https://echeance.test/open/';

export function openOwnPagesOnTestRequest(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // `url` is reported once per navigation, and only for hosts we hold a permission for.
    if (!change.url?.startsWith(OPEN_PREFIX)) return;
    const page = `/${change.url.slice(OPEN_PREFIX.length)}` as '/popup.html';
    void browser.tabs.update(tabId, { url: browser.runtime.getURL(page) });
  });
}
