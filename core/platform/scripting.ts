/**
 * Reading invoicing web pages: « Détecter la facture sur cette page » (activeTab + scripting,
 * no broad host permission) and the content script of the invoicing apps the user enabled, one
 * optional host permission per site.
 */
import { browser } from 'wxt/browser';
import type { MicrodataItem, PageSnapshot } from '../extract/html';

const MAX_TEXT = 100_000;
const MAX_BLOCKS = 20;
const MAX_BLOCK = 100_000;
const MAX_PROPS = 200;

/**
 * Runs inside the tab, serialized by executeScript: it must stay self-contained (no imports, no
 * outer variables) and return plain data only.
 */
export function snapshotPage(): PageSnapshot {
  const limits = { text: 100_000, blocks: 20, block: 100_000, props: 200 };
  const doc = globalThis.document;
  const body = doc.body;
  // innerText, not textContent: the visible text, laid out in lines and cells as the user reads it.
  // biome-ignore lint/performance/useDomNodeTextContent: the layout is what the text heuristics read.
  const text = (body ? body.innerText || body.textContent || '' : '').slice(0, limits.text);
  const jsonLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
    .slice(0, limits.blocks)
    .map((s) => (s.textContent ?? '').slice(0, limits.block));
  const microdata: MicrodataItem[] = [];
  const roots = Array.from(doc.querySelectorAll('[itemscope][itemtype]')).filter(
    (el) => /Invoice\s*$/.test(el.getAttribute('itemtype') ?? '') && !el.hasAttribute('itemprop'),
  );
  for (const root of roots.slice(0, limits.blocks)) {
    const properties: Record<string, string> = {};
    let count = 0;
    for (const el of Array.from(root.querySelectorAll('[itemprop]'))) {
      if (count++ >= limits.props) break;
      const path: string[] = [];
      let at: Element | null = el;
      while (at && at !== root) {
        if (at === el || at.hasAttribute('itemscope')) {
          const name = (at.getAttribute('itemprop') ?? '').trim().split(/\s+/)[0];
          if (name) path.unshift(name);
        }
        at = at.parentElement;
      }
      if (el.hasAttribute('itemscope') || path.length === 0) continue;
      const value =
        el.getAttribute('content') ??
        el.getAttribute('datetime') ??
        (el.tagName === 'A' || el.tagName === 'LINK' ? el.getAttribute('href') : null) ??
        (el.tagName === 'DATA' || el.tagName === 'METER' ? el.getAttribute('value') : null) ??
        el.textContent ??
        '';
      const key = path.join('.');
      if (!(key in properties)) properties[key] = value.replace(/\s+/g, ' ').trim().slice(0, 500);
    }
    microdata.push({ type: root.getAttribute('itemtype') ?? '', properties });
  }
  return { url: doc.location.href, title: doc.title.slice(0, 300), text, jsonLd, microdata };
}

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

/** The active tab's visible text, JSON-LD and microdata; throws when the page cannot be read. */
export async function snapshotActiveTab(): Promise<PageSnapshot> {
  const tabId = await targetTabId();
  if (tabId === null) throw new Error('no active tab');
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: snapshotPage });
  return checkSnapshot(injection?.result);
}

/** The page may be hostile: keep only the expected shape, within the caps. */
export function checkSnapshot(raw: unknown): PageSnapshot {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const s = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  const items = Array.isArray(o.microdata) ? o.microdata.slice(0, MAX_BLOCKS) : [];
  return {
    url: s(o.url, 2000),
    title: s(o.title, 300),
    text: s(o.text, MAX_TEXT),
    jsonLd: (Array.isArray(o.jsonLd) ? o.jsonLd : []).slice(0, MAX_BLOCKS).map((b) => s(b, MAX_BLOCK)),
    microdata: items.map((item: unknown) => {
      const i = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      const props = typeof i.properties === 'object' && i.properties !== null ? i.properties : {};
      const entries = Object.entries(props)
        .slice(0, MAX_PROPS)
        .map(([k, v]) => [k.slice(0, 200), s(v, 500)]);
      return { type: s(i.type, 300), properties: Object.fromEntries(entries) };
    }),
  };
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
