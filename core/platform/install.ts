/**
 * The first install (issue #19: the welcome tab). `reason` 'install' only: an update or a
 * browser update must not open the welcome again (runtime.onInstalled, MDN).
 */
import { browser } from 'wxt/browser';

export function onFirstInstall(listener: () => void): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') listener();
  });
}

/** The marker an e2e test adds to Chromium's user agent to have the welcome open on install. */
export const E2E_WELCOME_MARKER = 'EcheanceE2eWelcome';
