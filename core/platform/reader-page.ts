/**
 * The reader page (entrypoints/offscreen): an extension page without a tab, where the
 * background runs what needs a DOM (pdf.js needs one, and a worker). Where it lives depends on
 * what the background is:
 * - Chrome: the MV3 background is a service worker, with no DOM; the page is opened as an
 *   offscreen document (chrome.offscreen, Chrome 109+) and spoken to over runtime messages on
 *   a channel of its own, so the background's protocol receiver and the page ignore each
 *   other's traffic.
 * - Firefox: there is no offscreen API, but the MV3 background is an event page with a DOM
 *   (MDN « background » manifest key: Firefox uses `background.scripts`), so the same page is
 *   loaded in an iframe of the background page and spoken to over a MessageChannel.
 * The choice is made by feature (does the background have a document?), not by browser name.
 */
import { browser } from 'wxt/browser';

export const OFFSCREEN_CHANNEL = 'echeance-offscreen';

type ReaderPath = `/${string}.html`;

interface ReaderMessage {
  channel: typeof OFFSCREEN_CHANNEL;
  type: string;
  payload: unknown;
}

/** True in a background page with a DOM (Firefox), false in a service worker (Chrome). */
function backgroundHasDom(): boolean {
  return typeof document !== 'undefined' && typeof document.createElement === 'function';
}

/** Background → reader page; the answer is unchecked here, the caller validates it. */
export async function askReaderPage(
  path: ReaderPath,
  justification: string,
  type: string,
  payload: unknown,
): Promise<unknown> {
  const message: ReaderMessage = { channel: OFFSCREEN_CHANNEL, type, payload };
  if (backgroundHasDom()) return askFrame(await ensureFrame(path), message);
  await ensureOffscreen(path, justification);
  return browser.runtime.sendMessage(message);
}

/** Gives the reader page's memory back; the next question opens it again. */
export async function closeReaderPage(): Promise<void> {
  if (backgroundHasDom()) {
    frame?.remove();
    frame = null;
    return;
  }
  try {
    await browser.offscreen.closeDocument();
  } catch {
    // Already closed: nothing to do.
  }
}

// ── Chrome: offscreen document ──────────────────────────────────────────────────────────

let creating: Promise<void> | null = null;

/** Opens the offscreen document unless it is already open (Chrome allows one per extension). */
async function ensureOffscreen(path: ReaderPath, justification: string): Promise<void> {
  const url = browser.runtime.getURL(path as '/popup.html');
  const open = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [url],
  });
  if (open.length > 0) return;
  // Two requests at once must not both create it: the second would be refused.
  creating ??= browser.offscreen
    .createDocument({ url, reasons: ['DOM_PARSER', 'WORKERS'], justification })
    .finally(() => {
      creating = null;
    });
  await creating;
}

// ── Firefox: iframe in the background page ──────────────────────────────────────────────

let frame: HTMLIFrameElement | null = null;
let frameReady: Promise<HTMLIFrameElement> | null = null;

function ensureFrame(path: ReaderPath): Promise<HTMLIFrameElement> {
  if (frame?.isConnected && frameReady) return frameReady;
  const iframe = document.createElement('iframe');
  frame = iframe;
  // `load` fires once the page's module script has run, so its listener is in place.
  frameReady = new Promise<HTMLIFrameElement>((resolve, reject) => {
    iframe.addEventListener('load', () => resolve(iframe), { once: true });
    iframe.addEventListener('error', () => reject(new Error('reader page failed to load')), { once: true });
  });
  iframe.src = browser.runtime.getURL(path as '/popup.html');
  document.body.append(iframe);
  return frameReady;
}

/** A page that never answers (removed while reading, say) must not hold the caller forever. */
const FRAME_TIMEOUT_MS = 60_000;

function askFrame(iframe: HTMLIFrameElement, message: ReaderMessage): Promise<unknown> {
  const target = iframe.contentWindow;
  if (!target) return Promise.reject(new Error('reader page closed'));
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      port1.close();
      reject(new Error('reader page did not answer'));
    }, FRAME_TIMEOUT_MS);
    port1.onmessage = (event) => {
      clearTimeout(timer);
      port1.close();
      resolve(event.data);
    };
    target.postMessage(message, new URL(iframe.src).origin, [port2]);
  });
}

// ── In the reader page ──────────────────────────────────────────────────────────────────

/** Answers the questions of our channel, from whichever host opened the page; ignores the rest. */
export function onReaderRequest(receive: (type: unknown, payload: unknown) => Promise<unknown>): void {
  const answer = (raw: unknown, reply: (value: unknown) => void): boolean => {
    const message = raw as Partial<ReaderMessage> | null;
    if (typeof message !== 'object' || message?.channel !== OFFSCREEN_CHANNEL) return false;
    receive(message.type, message.payload).then(reply, (e: unknown) => reply({ error: String(e) }));
    return true;
  };
  // Chrome: runtime messages. Only the background (no tab) may use the reader, never a
  // content script.
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id || sender.tab) return false;
    return answer(raw, sendResponse);
  });
  // Firefox: posted by the background page that holds this iframe, from our own origin only.
  window.addEventListener('message', (event) => {
    const port = event.ports[0];
    if (event.source !== window.parent || window.parent === window || event.origin !== location.origin)
      return;
    if (port) answer(event.data, (value) => port.postMessage(value));
  });
}
