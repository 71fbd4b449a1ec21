import { toBase64 } from '../../core/bytes';

/**
 * Fetches the invoice PDF attached to the message. The URL is Gmail's own (same origin), so
 * the user's session applies; the bytes go to the background to be kept with the invoice.
 */
const MAX_BYTES = 10 * 1024 * 1024;

export async function fetchAttachment(
  attachment: { name: string; url: string | null } | null,
): Promise<{ name: string; mime: string; base64: string } | null> {
  if (!attachment?.url) return null;
  try {
    // Inside the try: a malformed URL throws.
    if (new URL(attachment.url, location.href).origin !== location.origin) return null;
    const response = await fetch(attachment.url, { credentials: 'same-origin' });
    // Too large by its announced size: not read at all.
    if (!response.ok || Number(response.headers.get('content-length')) > MAX_BYTES) return null;
    // Copied into an array of this script's own: in Firefox the response's buffer belongs to
    // the page, and subarray() on a view of it is refused (« Permission denied to access
    // property "constructor" », seen in tests/e2e-firefox).
    const page = new Uint8Array(await response.arrayBuffer());
    const bytes = new Uint8Array(page.length);
    bytes.set(page);
    // A PDF starts with "%PDF-"; anything else (a login page) is not kept.
    if (bytes.length > MAX_BYTES || String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-') return null;
    return { name: attachment.name, mime: 'application/pdf', base64: toBase64(bytes) };
  } catch {
    return null;
  }
}
