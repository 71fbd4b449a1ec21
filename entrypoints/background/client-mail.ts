/**
 * Two per-client actions of issue #17 that write: the client's e-mail « le virement est
 * parti » held as an announced payment, and the grouped reminder (statement of account) opened
 * as a new message in the mailbox. Decisions are in core/bank and core/documents.
 */
import { emailAnnouncement } from '../../core/bank';
import { composeUrl } from '../../core/compose';
import { isOwed } from '../../core/dashboard/aging';
import { localDate } from '../../core/dates';
import { addEvent, type EcheanceDb, getSettings, statementData } from '../../core/db';
import { statementOfAccountMail } from '../../core/documents/statement-of-account-mail';
import { newId } from '../../core/model';
import { openTab } from '../../core/platform';
import { deriveState } from './derive';

export async function announcePaymentByEmail(
  db: EcheanceDb,
  invoiceId: string,
  gmailMessageId: string | null,
  now: Date,
): Promise<boolean> {
  const invoice = await db.invoices.get(invoiceId);
  if (!invoice) throw new Error(`facture inconnue : ${invoiceId}`);
  const today = localDate(now);
  const { payment } = await getSettings(db);
  const event = emailAnnouncement(
    {
      id: newId(),
      invoiceId,
      gmailMessageId,
      today,
      createdAt: now.toISOString(),
      holdDays: payment.holdDays,
    },
    await db.events.where('invoiceId').equals(invoiceId).toArray(),
    !isOwed(invoice),
  );
  if (!event) return false;
  await addEvent(db, event, await deriveState(db), today);
  return true;
}

/** Opens the statement of account of a client as a new message; 0 when nothing is owed. */
export async function openStatementMail(db: EcheanceDb, clientId: string, now: Date): Promise<number> {
  const client = await db.clients.get(clientId);
  if (!client) throw new Error(`client inconnu : ${clientId}`);
  const { invoices, events } = await statementData(db, clientId);
  if (invoices.length === 0) return 0;
  const settings = await getSettings(db);
  const mail = statementOfAccountMail({ client, invoices, events, settings, asOf: localDate(now) });
  await openTab(composeUrl(settings.mailTarget, mail, settings.gmailAccount));
  return invoices.length;
}
