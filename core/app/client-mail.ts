/**
 * The grouped reminder of a client (statement of account, issue #17), opened as a new message
 * in the mailbox target of the settings. What it says is core/documents'.
 */
import { composeUrl } from '../compose';
import { localDate } from '../dates';
import { type EcheanceDb, getSettings, statementData } from '../db';
import { statementOfAccountMail } from '../documents/statement-of-account-mail';
import type { Ports } from './ports';

/** Opens the statement; `opened` is false (and nothing opens) when the client owes nothing. */
export async function openStatementMail(
  db: EcheanceDb,
  clientId: string,
  now: Date,
  ports: Pick<Ports, 'openTab'>,
): Promise<{ opened: boolean; invoices: number }> {
  const client = await db.clients.get(clientId);
  if (!client) throw new Error(`client inconnu : ${clientId}`);
  const { invoices, events } = await statementData(db, clientId);
  if (invoices.length === 0) return { opened: false, invoices: 0 };
  const settings = await getSettings(db);
  const mail = statementOfAccountMail({ client, invoices, events, settings, asOf: localDate(now) });
  await ports.openTab(composeUrl(settings.mailTarget, mail, settings.gmailAccount));
  return { opened: true, invoices: invoices.length };
}
