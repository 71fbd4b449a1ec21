/**
 * Reading invoicing web pages: « Détecter la facture sur cette page » (activeTab + scripting,
 * no broad host permission) and the content script of the invoicing apps the user enabled, one
 * optional host permission per site.
 */
import { browser } from 'wxt/browser';
import type { PageSnapshot } from '../extract/html';
import { checkSnapshot } from '../sites/invoice-page/snapshot';

/**
 * The tab the popup acts on. In the e2e build only, `popup.html?tab=<id>` names it: headless
 * Chromium cannot press the toolbar button, the gesture that grants activeTab in real life.
 */
async function targetTabId(): Promise<number | null> {
  if (import.meta.env.MODE === 'e2e') {
    const tab = new URL(globalThis.location.href).searchParams.get('tab');
    if (tab) return Number(tab);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * The active tab's visible text, JSON-LD and microdata, read by entrypoints/page-snapshot.ts
 * (core/sites/invoice-page/snapshot.ts); throws when the page cannot be read.
 */
export async function snapshotActiveTab(): Promise<PageSnapshot> {
  const tabId = await targetTabId();
  if (tabId === null) throw new Error('no active tab');
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/page-snapshot.js'],
  });
  return checkSnapshot(injection?.result);
}

// ── Invoicing apps enabled per site (optional host permissions) ───────────────────────────

const SCRIPT_ID = 'echeance-invoice-page';
/** The one mandatory host; every other granted origin is an invoicing site the user enabled. */
const GMAIL = 'https://mail.google.com/*';

/** Gmail's attachment host (core/sites/gmail/attachment.ts): optional, but not an invoicing site. */
const GMAIL_ATTACHMENTS = 'https://mail-attachment.googleusercontent.com/*';

export async function grantedSiteOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return onlySiteOrigins(origins);
}

/**
 * The invoicing sites among granted origins. Chrome's "On all sites" switch grants the whole
 * optional `https://*\/*` pattern: that is not a site the user enabled, and registering the
 * invoice-page script on it would run it on every page. Only patterns naming a host (or a
 * subdomain wildcard of one, `*.odoo.com`) count.
 */
export function onlySiteOrigins(origins: readonly string[]): string[] {
  return origins.filter((o) => {
    if (o === GMAIL || o === GMAIL_ATTACHMENTS) return false;
    const host = /^https:\/\/([^/]+)\//.exec(o)?.[1];
    return host !== undefined && host !== '*' && !/^\*\.?[^.]*$/.test(host);
  });
}

export async function hasOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins });
}

/** Must run from a user gesture (a click in the settings). */
export async function requestSiteOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

export async function removeSiteOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.remove({ origins });
}

/** Registers the invoice-page content script on exactly the granted sites (idempotent). */
export async function syncInvoicePageScript(): Promise<void> {
  const origins = await grantedSiteOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: origins,
      js: ['content-scripts/invoice-page.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export function onSitePermissionsChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
}

/**
 * The active tab's address and title, for the popup's guess whether it shows an invoice
 * (core/sites/invoice-page/looks-like.ts). activeTab exposes them once the toolbar button is
 * pressed; null when the tab is unknown or tells nothing.
 */
export async function activeTabPage(): Promise<{ url: string; title: string } | null> {
  const tabId = await targetTabId();
  if (tabId === null) return null;
  const tab = await browser.tabs.get(tabId);
  return tab.url ? { url: tab.url, title: tab.title ?? '' } : null;
}
