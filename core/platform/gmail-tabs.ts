/** The open Gmail tabs' addresses and titles: the host permission on Gmail lets us read them. */
import { browser } from 'wxt/browser';

export async function gmailTabs(): Promise<{ url?: string; title?: string }[]> {
  const tabs = await browser.tabs.query({ url: 'https://mail.google.com/*' });
  return tabs.map((t) => ({ url: t.url, title: t.title }));
}
