import { sendFromContent } from '../../core/platform/content';
import { isGmailAttachmentUrl, pdfFromResponse } from '../../core/sites/gmail/attachment';

export interface AttachmentRead {
  file: { name: string; mime: string; base64: string } | null;
  /** Unread because the attachment host is not granted: the card offers to grant it. */
  needsGrant: boolean;
}

/**
 * Fetches the invoice PDF attached to the message. Since 2026 Gmail's URL answers 302 to
 * mail-attachment.googleusercontent.com, which this script cannot read (cross-origin, no CORS):
 * the background reads it when the user granted that host (its failures stay out of the page's
 * console). Not granted, the page's own fetch is tried for a Gmail that answers directly, as
 * before; it does not follow a redirect (`manual`): the request it would make is refused, and
 * Chromium would say so in the page's console. Failing, no file: the card keeps the e-mail's
 * values.
 */
export async function fetchAttachment(
  attachment: { name: string; url: string | null } | null,
): Promise<AttachmentRead> {
  const none = { file: null, needsGrant: false };
  if (!attachment?.url) return none;
  const url = new URL(attachment.url, location.href).href;
  if (!isGmailAttachmentUrl(url)) return none;
  const answer = await sendFromContent('gmail/attachment', { url, name: attachment.name });
  if (!answer.ok) return none;
  if (answer.data.permission) return { file: answer.data.file, needsGrant: false };
  try {
    const response = await fetch(url, { credentials: 'same-origin', redirect: 'manual' });
    // An opaque redirect: the PDF is on the attachment host, readable once it is granted.
    if (response.type === 'opaqueredirect') return { file: null, needsGrant: true };
    return { file: await pdfFromResponse(response, attachment.name), needsGrant: false };
  } catch {
    return none;
  }
}
