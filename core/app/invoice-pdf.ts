/**
 * The invoice's own PDF, dropped into the Gmail compose of its reminder or formal notice e-mail:
 * only while a step is due for it (the page asks for the reminder it is writing, nothing else)
 * and unless the user turned it off (settings `attachInvoicePdf`).
 */
import type { EcheanceDb } from '../db';
import { getSettings } from '../db';
import { filesOfInvoice, getInvoice } from '../db/reads';
import { reminderDraft } from './open-reminder';

export async function attachablePdf(db: EcheanceDb, invoiceId: string, now: Date) {
  const settings = await getSettings(db);
  if (settings.attachInvoicePdf === false || !(await reminderDraft(db, invoiceId, now)))
    return { file: null };
  const invoice = await getInvoice(db, invoiceId);
  if (!invoice?.fileId) return { file: null };
  const file = (await filesOfInvoice(db, invoiceId)).find((f) => f.id === invoice.fileId);
  if (!file || !/pdf/i.test(`${file.mime} ${file.name}`)) return { file: null };
  return { file: { name: file.name, mime: file.mime || 'application/pdf', base64: file.base64 } };
}
