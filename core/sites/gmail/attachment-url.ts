/**
 * What the content script may fetch as an attachment, and how much of it it reads. A page (or
 * a hostile message rendered in it) can set any `download_url`; only Gmail's own attachment
 * endpoint is fetched — `https://mail.google.com/mail/u/<n>/?…&attid=…&view=att…` (the form
 * InboxSDK's attachment card view reads, gmail-attachment-card-view.ts:148-151) — and
 * never more than the cap, counted while reading rather than trusted from Content-Length.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export function isGmailAttachmentUrl(raw: string | null | undefined): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw, 'https://mail.google.com/mail/u/0/');
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.hostname === 'mail.google.com' &&
    url.username === '' &&
    /^\/mail\/u\/\d{1,2}\/?$/.test(url.pathname) &&
    url.searchParams.has('attid') &&
    /^(att|fimg)$/.test(url.searchParams.get('view') ?? '')
  );
}

/**
 * `raw` (as a card's `download_url` or link gives it) made absolute against the page's URL, when
 * it is Gmail's attachment endpoint; else null.
 */
export function gmailAttachmentUrl(raw: string | null | undefined, pageUrl: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw, pageUrl).href;
    return isGmailAttachmentUrl(url) ? url : null;
  } catch {
    return null;
  }
}

/** The body's bytes, or null as soon as they exceed `max` (the rest is not read). */
export async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  max = MAX_ATTACHMENT_BYTES,
): Promise<Uint8Array | null> {
  if (!body) return null;
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
