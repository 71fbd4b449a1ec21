/**
 * The Gmail accounts signed in in this browser, read from its open Gmail tabs, so that the
 * settings offer them by address instead of asking for Gmail's account number (issue #20).
 * The number is the `/mail/u/<n>/` of the tab's address (core/sites/gmail/parse-route.ts); the
 * address is in the tab's title, "<view> - <account address> - Gmail": the second-to-last
 * " - " segment (shared/reference/gmail-dom.md « account address »), since a subject may hold
 * an address of its own.
 */
import { parseAccount } from '../sites/gmail/parse-route';

export interface GmailAccount {
  index: number;
  /** Null when the tab's title does not show it (Gmail still loading, another layout). */
  email: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function gmailAccountsOf(tabs: readonly { url?: string; title?: string }[]): GmailAccount[] {
  const byIndex = new Map<number, string | null>();
  for (const tab of tabs) {
    if (!tab.url) continue;
    let url: URL;
    try {
      url = new URL(tab.url);
    } catch {
      continue;
    }
    if (url.origin !== 'https://mail.google.com' || !url.pathname.startsWith('/mail/')) continue;
    const index = parseAccount(url.pathname);
    const parts = (tab.title ?? '').split(' - ');
    const candidate =
      parts.length >= 3 && parts.at(-1)?.trim() === 'Gmail' ? parts.at(-2)?.trim() : undefined;
    const email = candidate && EMAIL.test(candidate) ? candidate.toLowerCase() : null;
    byIndex.set(index, byIndex.get(index) ?? email);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([index, email]) => ({ index, email }));
}
