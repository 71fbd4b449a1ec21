/**
 * The offscreen document: an extension page without a tab, where the background runs what a
 * service worker cannot (pdf.js needs a DOM and a worker). Messages to it travel on their own
 * channel, so the background's protocol receiver and the page ignore each other's traffic.
 */
import { browser } from 'wxt/browser';

export const OFFSCREEN_CHANNEL = 'echeance-offscreen';

let creating: Promise<void> | null = null;

/** Opens the offscreen document unless it is already open (Chrome allows one per extension). */
export async function ensureOffscreen(path: `/${string}.html`, justification: string): Promise<void> {
  const url = browser.runtime.getURL(path as '/popup.html');
  const open = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [url],
  });
  if (open.length > 0) return;
  // Two requests at once must not both create it: the second would be refused.
  creating ??= browser.offscreen
    .createDocument({
      url,
      reasons: ['DOM_PARSER', 'WORKERS'],
      justification,
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export async function closeOffscreen(): Promise<void> {
  try {
    await browser.offscreen.closeDocument();
  } catch {
    // Already closed: nothing to do.
  }
}

/** Background → offscreen page; the answer is unchecked here, the caller validates it. */
export function sendToOffscreen(type: string, payload: unknown): Promise<unknown> {
  return browser.runtime.sendMessage({ channel: OFFSCREEN_CHANNEL, type, payload });
}

/** In the offscreen page: answers the messages of our channel, ignores every other one. */
export function onOffscreenMessage(receive: (type: unknown, payload: unknown) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    // Only the background (no tab) may use the offscreen reader, never a content script.
    if (sender.id !== browser.runtime.id || sender.tab) return false;
    const message = raw as { channel?: unknown; type?: unknown; payload?: unknown } | null;
    if (typeof message !== 'object' || message?.channel !== OFFSCREEN_CHANNEL) return false;
    receive(message.type, message.payload).then(sendResponse, (e: unknown) =>
      sendResponse({ error: String(e) }),
    );
    return true;
  });
}
