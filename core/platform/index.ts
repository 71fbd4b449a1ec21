/**
 * The only module that calls `browser.*`. Everything else receives what it needs from here
 * as plain functions, so core/ stays testable in Node.
 */
import { browser } from 'wxt/browser';
import { createSender, type RequestEnvelope, type Result } from '../protocol';

export const send = createSender((envelope: RequestEnvelope) => browser.runtime.sendMessage(envelope));

/** Registers the background's receiver; answers only our envelopes. */
export function listenForMessages(receive: (raw: unknown) => Promise<Result<unknown> | null>): void {
  browser.runtime.onMessage.addListener((raw: unknown, _sender, sendResponse) => {
    receive(raw).then((answer) => {
      if (answer) sendResponse(answer);
    });
    // Keep the channel open for the asynchronous answer only when the message is ours.
    return typeof raw === 'object' && raw !== null && (raw as { channel?: unknown }).channel === 'echeance';
  });
}

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

export function extensionUrl(path: `/${string}`): string {
  return browser.runtime.getURL(path as '/popup.html');
}

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/** The browser's UI language, `fr` or `en`. */
export function uiLanguage(): 'fr' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
