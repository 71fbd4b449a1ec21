import { sendFromContent } from '../../core/platform/content';
import { isGmailAttachmentUrl, pdfFromResponse } from '../../core/sites/gmail/attachment';

/**
 * Fetches the invoice PDF attached to the message: first from the page (Gmail's own URL, the
 * user's session applies), then, when that fails (since 2026 the URL answers 302 to
 * mail-attachment.googleusercontent.com, a cross-origin fetch for this script), through the
 * background. Both failing, `null`: the card keeps the e-mail's values, and nothing is logged.
 */
export async function fetchAttachment(
  attachment: { name: string; url: string | null } | null,
): Promise<{ name: string; mime: string; base64: string } | null> {
  if (!attachment?.url) return null;
  const url = new URL(attachment.url, location.href).href;
  if (!isGmailAttachmentUrl(url)) return null;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    const file = await pdfFromResponse(response, attachment.name);
    if (file) return file;
  } catch {
    // Cross-origin after the redirect, or offline: the background tries.
  }
  const answer = await sendFromContent('gmail/attachment', { url, name: attachment.name });
  return answer.ok ? answer.data.file : null;
}
