import { toBase64 } from '../../core/bytes';
import {
  isGmailAttachmentUrl,
  MAX_ATTACHMENT_BYTES,
  readBounded,
} from '../../core/sites/gmail/attachment-url';

/**
 * Fetches the invoice PDF attached to the message. The URL is Gmail's own (same origin), so
 * the user's session applies; the bytes go to the background to be kept with the invoice.
 */
const MAX_BYTES = MAX_ATTACHMENT_BYTES;

export async function fetchAttachment(
  attachment: { name: string; url: string | null } | null,
): Promise<{ name: string; mime: string; base64: string } | null> {
  if (!attachment?.url) return null;
  try {
    // Inside the try: a malformed URL throws.
    if (!isGmailAttachmentUrl(attachment.url)) return null;
    const response = await fetch(attachment.url, { credentials: 'same-origin' });
    // Too large by its announced size: not read at all.
    if (!response.ok || Number(response.headers.get('content-length')) > MAX_BYTES) return null;
    const bytes = await readBounded(response.body, MAX_BYTES);
    // A PDF starts with "%PDF-"; anything else (a login page) is not kept.
    if (!bytes || String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-') return null;
    return { name: attachment.name, mime: 'application/pdf', base64: toBase64(bytes) };
  } catch {
    return null;
  }
}
