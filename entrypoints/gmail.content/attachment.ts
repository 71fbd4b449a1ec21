import { sendFromContent } from '../../core/platform/content';
import { isGmailAttachmentUrl, pdfFromResponse } from '../../core/sites/gmail/attachment';

/**
 * Fetches the invoice PDF attached to the message. Since 2026 Gmail's URL answers 302 to
 * mail-attachment.googleusercontent.com, a cross-origin fetch for this script: the background
 * reads it when the user granted that host (its failures stay out of the page's console). Not
 * granted, the page's own fetch is tried, as before (the user's session applies). Failing,
 * `null`: the card keeps the e-mail's values.
 */
export async function fetchAttachment(
  attachment: { name: string; url: string | null } | null,
): Promise<{ name: string; mime: string; base64: string } | null> {
  if (!attachment?.url) return null;
  const url = new URL(attachment.url, location.href).href;
  if (!isGmailAttachmentUrl(url)) return null;
  const answer = await sendFromContent('gmail/attachment', { url, name: attachment.name });
  if (!answer.ok || answer.data.permission) return answer.ok ? answer.data.file : null;
  try {
    return await pdfFromResponse(await fetch(url, { credentials: 'same-origin' }), attachment.name);
  } catch {
    return null;
  }
}
