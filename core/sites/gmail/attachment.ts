import { toBase64 } from '../../bytes';
import { MAX_ATTACHMENT_BYTES, readBounded } from './attachment-url';

export { gmailAttachmentUrl, isGmailAttachmentUrl } from './attachment-url';

/**
 * Gmail's attachment URL (`?ui=2&ik=…&attid=…&view=att`) answers with a 302 to this origin
 * since 2026 (ISDK gmail-attachment-card-view.ts:148-200): a content-script fetch then turns cross-origin and may fail, so
 * the background fetches it too, with an optional host permission for it.
 */
export const ATTACHMENT_ORIGIN = 'https://mail-attachment.googleusercontent.com';
export const ATTACHMENT_PERMISSION = `${ATTACHMENT_ORIGIN}/*`;
const GMAIL_ORIGIN = 'https://mail.google.com';
/** The settings section where a click grants that host (components/settings/GmailAttachments). */
export const ATTACHMENT_SETTINGS = '/dashboard.html?focus=gmail-attachments#settings';

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
  if (Number(response.headers.get('content-length')) > MAX_ATTACHMENT_BYTES) return null;
  // Read with a cap counted while reading, into an array of this script's own: in Firefox a
  // content script's response buffer belongs to the page, and subarray() on a view of it is
  // refused (« Permission denied to access property "constructor" », seen in tests/e2e-firefox).
  const bytes = await readBounded(response.body, MAX_ATTACHMENT_BYTES);
  if (!bytes || String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-') return null;
  return { name, mime: 'application/pdf', base64: toBase64(bytes) };
}
