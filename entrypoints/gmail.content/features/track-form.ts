/**
 * What the card's « Suivre » form needs from the background: the attached PDF read (its values
 * fill the form), the due date its payment terms give, and the tracking itself. The PDF's bytes
 * reach the background once: fetched and read there when the user granted Gmail's attachment
 * host, else fetched by the page and sent in the one read; « Suivre » then names the file the
 * background kept (`fileRef`).
 */

import type { PdfFound } from '../../../core/extract/schema';
import type { TrackFromGmail } from '../../../core/model';
import { sendFromContent } from '../../../core/platform/content';
import { gmailAttachmentUrl, pdfFromResponse } from '../../../core/sites/gmail/attachment';
import type { DetectedGmailInvoice } from '../../../core/sites/gmail/types';

export interface PdfRead {
  /** A PDF was behind the attachment's URL (read or not). */
  fetched: boolean;
  found: PdfFound | null;
  /** The file the background kept for « Suivre ». */
  fileRef: string | null;
  /** Unread because the attachment host is not granted: the card offers to grant it. */
  needsGrant: boolean;
}

const NONE: PdfRead = { fetched: false, found: null, fileRef: null, needsGrant: false };

/**
 * Reads the invoice PDF attached to the message. Since 2026 Gmail's URL answers 302 to
 * mail-attachment.googleusercontent.com, which this script cannot read (cross-origin, no CORS):
 * the background reads it when the user granted that host (its failures stay out of the page's
 * console). Not granted, the page's own fetch is tried for a Gmail that answers directly, as
 * before; it does not follow a redirect (`manual`): the request it would make is refused, and
 * Chromium would say so in the page's console. Failing, no file: the card keeps the e-mail's
 * values.
 */
export async function readPdf(attachment: DetectedGmailInvoice['pdfAttachment']): Promise<PdfRead> {
  const url = gmailAttachmentUrl(attachment?.url, location.href);
  if (!attachment || !url) return NONE;
  const answer = await sendFromContent('gmail/attachment', { url, name: attachment.name });
  if (!answer.ok) return NONE;
  if (answer.data.permission) return readOf(answer.data.read);
  try {
    const response = await fetch(url, { credentials: 'same-origin', redirect: 'manual' });
    // An opaque redirect: the PDF is on the attachment host, readable once it is granted.
    if (response.type === 'opaqueredirect') return { ...NONE, needsGrant: true };
    const file = await pdfFromResponse(response, attachment.name);
    if (!file) return NONE;
    const read = await sendFromContent('extract/pdf', { name: file.name, base64: file.base64 });
    return read.ok ? readOf(read.data) : { ...NONE, fetched: true };
  } catch {
    return NONE;
  }
}

const readOf = (read: { found: PdfFound; fileRef?: string | null } | null): PdfRead =>
  read ? { fetched: true, found: read.found, fileRef: read.fileRef ?? null, needsGrant: false } : NONE;

/** The due date the detected payment terms give, decided by the background; null without terms. */
export async function dueDateFromTerms(detected: DetectedGmailInvoice | null): Promise<string | null> {
  if (!detected?.paymentTerms || detected.dueDate) return null;
  const answer = await sendFromContent('gmail/due-date', {
    paymentTerms: detected.paymentTerms,
    issueDate: detected.issueDate,
  });
  return answer.ok ? answer.data.dueDate : null;
}

/** « Suivre »: null once tracked, else the message to show in the form. */
export async function track(request: TrackFromGmail): Promise<string | null> {
  const answer = await sendFromContent('invoice/track', request);
  return answer.ok ? null : (answer.error.issues[0]?.message ?? answer.error.message);
}

/** « Autoriser la lecture des PDF… »: only an extension page can ask; the background opens ours. */
export function askGrant() {
  void sendFromContent('gmail/attachment-access', {});
}
