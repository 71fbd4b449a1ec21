import { toBase64 } from '../../bytes';

/**
 * Gmail's attachment URL (`?ui=2&ik=…&attid=…&view=att`) answers with a 302 to this origin
 * since 2026 (gmail-dom.md §2): a content-script fetch then turns cross-origin and may fail, so
 * the background fetches it too, with an optional host permission for it.
 */
export const ATTACHMENT_ORIGIN = 'https://mail-attachment.googleusercontent.com';
export const ATTACHMENT_PERMISSION = `${ATTACHMENT_ORIGIN}/*`;
const GMAIL_ORIGIN = 'https://mail.google.com';
const MAX_BYTES = 10 * 1024 * 1024;

/** Only Gmail's own attachment URLs are fetched, whoever asks. */
export function isGmailAttachmentUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.origin === GMAIL_ORIGIN && u.searchParams.has('attid');
  } catch {
    return false;
  }
}

/**
 * The PDF of a response, or `null`: not OK, too large (announced or read), from elsewhere than
 * Gmail or its attachment host, or not starting with "%PDF-" (a login page).
 */
export async function pdfFromResponse(
  response: Response,
  name: string,
): Promise<{ name: string; mime: string; base64: string } | null> {
  const origin = response.url ? new URL(response.url).origin : GMAIL_ORIGIN;
  if (!response.ok || (origin !== GMAIL_ORIGIN && origin !== ATTACHMENT_ORIGIN)) return null;
  if (Number(response.headers.get('content-length')) > MAX_BYTES) return null;
  // Copied into an array of this script's own: in Firefox a content script's response buffer
  // belongs to the page, and subarray() on a view of it is refused (« Permission denied to
  // access property "constructor" », seen in tests/e2e-firefox).
  const read = new Uint8Array(await response.arrayBuffer());
  const bytes = new Uint8Array(read.length);
  bytes.set(read);
  if (bytes.length > MAX_BYTES || String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-') return null;
  return { name, mime: 'application/pdf', base64: toBase64(bytes) };
}
