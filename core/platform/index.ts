/**
 * The only module that calls `browser.*`. Everything else receives what it needs from here
 * as plain functions, so core/ stays testable in Node.
 */
import { browser } from 'wxt/browser';
import type { Result, SenderContext } from '../protocol';
import { createSender } from '../protocol/sender';
import { browserTransport } from './transport';

/**
 * The sender of extension pages. Requests and replies are checked with zod like everywhere else,
 * but zod and the message schemas load with the first message, not with the page: the popup
 * paints without them (issue #11).
 */
export const send = createSender(
  browserTransport,
  async () => (await import('../protocol/checks')).schemaChecks,
);

/** Registers the background's receiver; answers only our envelopes. */
export function listenForMessages(
  receive: (raw: unknown, from: SenderContext, senderUrl?: string) => Promise<Result<unknown> | null>,
): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    // Only this extension's own contexts; which one decides what it may ask.
    if (sender.id !== browser.runtime.id) return false;
    const extensionPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
    const from: SenderContext =
      extensionPage || !sender.tab
        ? 'extension'
        : sender.url?.startsWith('https://mail.google.com/')
          ? 'gmail'
          : 'site';
    receive(raw, from, sender.url).then((answer) => {
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

// ── Alarms ──────────────────────────────────────────────────────────────────────────────

export interface AlarmSpec {
  name: string;
  when: number;
}

/** Makes the set of alarms exactly `wanted` (same names, same times), touching only what differs. */
export async function reconcileAlarms(wanted: readonly AlarmSpec[]): Promise<void> {
  const existing = await browser.alarms.getAll();
  const byName = new Map(wanted.map((a) => [a.name, a]));
  for (const alarm of existing) {
    const want = byName.get(alarm.name);
    if (!want || Math.abs(want.when - alarm.scheduledTime) > 1000) await browser.alarms.clear(alarm.name);
    else byName.delete(alarm.name);
  }
  for (const a of byName.values()) await browser.alarms.create(a.name, { when: a.when });
}

export function onAlarm(listener: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}

// ── Notifications ───────────────────────────────────────────────────────────────────────

export async function showNotification(
  id: string,
  text: { title: string; message: string; buttons: readonly string[] },
): Promise<void> {
  const basic = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
  };
  // Firefox shows type, title, message and icon only: no buttons (onButtonClicked never fires
  // there), so its notifications rely on the body click, which opens the dashboard at the
  // invoice or today's list, where every action is (MDN notifications.NotificationOptions).
  await browser.notifications.create(
    id,
    import.meta.env.FIREFOX
      ? basic
      : {
          ...basic,
          buttons: text.buttons.map((title) => ({ title })),
          requireInteraction: false,
          priority: 1,
        },
  );
}

export async function clearNotification(id: string): Promise<void> {
  await browser.notifications.clear(id);
}

export function onNotificationClicked(listener: (id: string) => void): void {
  browser.notifications.onClicked.addListener(listener);
}

export function onNotificationButton(listener: (id: string, buttonIndex: number) => void): void {
  browser.notifications.onButtonClicked.addListener(listener);
}

// ── Badge ───────────────────────────────────────────────────────────────────────────────

export async function setBadgeCount(count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
}

// ── Life cycle ──────────────────────────────────────────────────────────────────────────

export function onStartupOrInstall(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
  browser.runtime.onInstalled.addListener(listener);
}

// ── Session storage: short-lived intents that must survive a service-worker restart ─────

export async function sessionSet(key: string, value: unknown): Promise<void> {
  await browser.storage.session.set({ [key]: value });
}

export async function sessionTake(key: string): Promise<unknown> {
  const found = await browser.storage.session.get(key);
  await browser.storage.session.remove(key);
  return found[key];
}
