/**
 * The PDF attached to a Gmail invoice, fetched by the background when the content script's own
 * fetch failed: Gmail's URL redirects to mail-attachment.googleusercontent.com (gmail-dom.md §2),
 * which the background may read once the user granted that optional host.
 */
import { hasOrigins } from '../../core/platform/scripting';
import type { ResponseOf } from '../../core/protocol';
import {
  ATTACHMENT_PERMISSION,
  isGmailAttachmentUrl,
  pdfFromResponse,
} from '../../core/sites/gmail/attachment';

export async function fetchGmailAttachment(
  url: string,
  name: string,
): Promise<ResponseOf<'gmail/attachment'>> {
  if (!isGmailAttachmentUrl(url)) return { file: null, permission: true };
  if (!(await hasOrigins([ATTACHMENT_PERMISSION]))) return { file: null, permission: false };
  try {
    const response = await fetch(url, { credentials: 'include' });
    return { file: await pdfFromResponse(response, name), permission: true };
  } catch {
    // Not reachable from here (Firefox's background page is outside the tab's session and its
    // interception): answered like a missing grant, so that the page tries its own fetch.
    return { file: null, permission: false };
  }
}
