/**
 * A content script on an invoicing site speaks for the page it runs in, nothing else: what it
 * imports must say it comes from that page's origin. A page cannot then plant invoices that
 * claim another site (the origin is shown in the list, and the card reopens that URL).
 */
import type { SenderContext } from './index';

const originOf = (url: string | null | undefined): string | null => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

export function boundToSender(
  name: string,
  request: unknown,
  from: SenderContext,
  senderUrl?: string,
): boolean {
  if (from !== 'site' || name !== 'invoices/import') return true;
  const page = originOf(senderUrl);
  if (!page) return false;
  const r = request as {
    origin: { kind: string; url?: string };
    items: { origin: { kind: string; url?: string } | null }[];
  };
  const same = (o: { kind: string; url?: string } | null) =>
    o === null || (o.kind === 'web' && originOf(o.url) === page);
  return r.origin.kind === 'web' && same(r.origin) && r.items.every((i) => same(i.origin));
}
