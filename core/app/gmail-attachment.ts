/**
 * The PDF attached to a Gmail invoice: read for the card, then kept for « Suivre » (which stores
 * it with the invoice) under a short-lived id, so that its bytes reach the background once.
 * - `fetchAttachedPdf`: the background fetches it itself, when the user granted Gmail's
 *   attachment host (the URL answers 302 to mail-attachment.googleusercontent.com, which the
 *   page cannot read): the bytes never cross to the page.
 * - `readAttachedPdf`: the page fetched it (a Gmail that answers directly) and sends it once.
 */
import type { EcheanceDb } from '../db';
import { type KeptFile, keepFile } from '../db/kept-files';
import type { PdfReading } from '../extract/schema';
import { newId } from '../model';
import { isGmailAttachmentUrl, pdfFromResponse } from '../sites/gmail/attachment';

export type PdfAnswer = Omit<PdfReading, 'fileRef'>;
/** What the PDF says, and the id « Suivre » hands back to store the file with the invoice. */
export type PdfRead = PdfAnswer & { fileRef: string | null };

/** Reads a PDF's fields in the reader page (pdf.js needs a DOM the service worker lacks). */
export type PdfReader = (base64: string) => Promise<PdfAnswer>;

export interface AttachmentPorts {
  readPdf: PdfReader;
  /** The user granted the optional attachment host. */
  granted: () => Promise<boolean>;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
}

export async function readAttachedPdf(
  db: EcheanceDb,
  file: KeptFile,
  now: Date,
  readPdf: PdfReader,
): Promise<PdfRead> {
  const fileRef = newId();
  const [answer] = await Promise.all([readPdf(file.base64), keepFile(db, fileRef, file, now)]);
  return { ...answer, fileRef };
}

/**
 * `permission: false`: the host is not granted (or unreachable from here: Firefox's background
 * page is outside the tab's session), so the page tries its own fetch. `read: null`: no PDF
 * behind the URL (or a URL that is not Gmail's attachment endpoint, never fetched).
 */
export async function fetchAttachedPdf(
  db: EcheanceDb,
  url: string,
  name: string,
  now: Date,
  ports: AttachmentPorts,
): Promise<{ permission: boolean; read: PdfRead | null }> {
  if (!isGmailAttachmentUrl(url)) return { permission: true, read: null };
  if (!(await ports.granted())) return { permission: false, read: null };
  let file: KeptFile | null;
  try {
    file = await pdfFromResponse(await ports.fetch(url, { credentials: 'include' }), name);
  } catch {
    return { permission: false, read: null };
  }
  return { permission: true, read: file && (await readAttachedPdf(db, file, now, ports.readPdf)) };
}
