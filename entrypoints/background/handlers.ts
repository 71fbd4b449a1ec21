/**
 * One line per message: each answer is a use case of core/app (the Gmail side's are in
 * gmail*.ts), given the database, the clock and the browser ports. `written` replans after a
 * write (badge, overview, alarms) before answering.
 */

import { runAutoBackup } from '../../core/app/auto-backup';
import { openStatementMail } from '../../core/app/client-mail';
import { deriveState } from '../../core/app/derive';
import { dueDateOf } from '../../core/app/due-date';
import { editInvoice, payInvoice, removeInvoice, reopenInvoice } from '../../core/app/edit-invoice';
import { gmailAccountsOf } from '../../core/app/gmail-accounts';
import { fetchAttachedPdf, readAttachedPdf } from '../../core/app/gmail-attachment';
import { sentReviewCount } from '../../core/app/gmail-bulk-review';
import { bulkTrackFromGmail, openSentReview } from '../../core/app/gmail-bulk-track';
import { gmailCard } from '../../core/app/gmail-card';
import { gmailLabels } from '../../core/app/gmail-labels';
import { rememberNewMessage } from '../../core/app/gmail-new-message';
import { addPendingSend, settlePendingSend } from '../../core/app/gmail-pending';
import { readGmailTexts } from '../../core/app/gmail-read-texts';
import { trackFromGmail } from '../../core/app/gmail-track';
import { importMappings, reimportInvoices, rememberImportMapping } from '../../core/app/import-invoices';
import { attachablePdf } from '../../core/app/invoice-pdf';
import { draftReminder, openReminderFor } from '../../core/app/open-reminder';
import { openedComposeFor } from '../../core/app/opened-composes';
import { answerPendingConfirmation } from '../../core/app/pending-confirmations';
import { openOwnPage, type Ports } from '../../core/app/ports';
import { announcePayment } from '../../core/app/record-event';
import { commitBackup, discardBackup, stageBackup } from '../../core/app/restore-backup';
import { saveClientCase } from '../../core/app/save-client';
import {
  deleteUserScenario,
  patchSettings,
  rememberBankMapping,
  rememberGmailLayout,
  saveAllSettings,
  saveUserScenario,
} from '../../core/app/settings';
import { importInvoices } from '../../core/app/track-invoice';
import { purgeUndo, UNDO_MS, undo } from '../../core/app/undo';
import {
  markPaidUndoable,
  recordEventUndoable,
  recordPaymentsUndoable,
  recordSentUndoable,
  setRateUndoable,
} from '../../core/app/undoable-actions';
import { type EcheanceDb, importState } from '../../core/db';
import { extensionVersion, uiLanguage } from '../../core/platform';
import { openBackupFolder } from '../../core/platform/backup-folder';
import { gmailTabs } from '../../core/platform/gmail-tabs';
import type { Handlers } from '../../core/protocol';
import { ATTACHMENT_SETTINGS } from '../../core/sites/gmail/attachment';
import { readPdf } from './extract-pdf';
import { attachmentPorts, gmailCardPorts } from './gmail-ports';
import { browserPorts } from './ports';

export function makeHandlers(
  db: EcheanceDb,
  now: () => Date,
  afterWrite: () => Promise<void>,
  ports: Ports = browserPorts,
): Handlers {
  const written = async <T>(result: T): Promise<T> => {
    await afterWrite();
    // What « Annuler » kept (a removed invoice included) is forgotten once its period is over.
    setTimeout(() => purgeUndo(db, now()).catch(() => undefined), UNDO_MS + 3000);
    return result;
  };
  // Written only when something was recorded.
  const recorded = async (done: boolean) => (done ? written({ recorded: done }) : { recorded: done });
  const ok = { ok: true as const };
  const replanLater = <T>(result: T): T => {
    void afterWrite();
    return result;
  };
  return {
    ping: async () => ({ pong: true, version: extensionVersion() }),
    // Answered as soon as the rows are committed (issue #11): the replan follows, in order.
    'invoices/import': async (r) => importInvoices(db, r.items, r.origin, now()).then(replanLater),
    'invoices/import-state': async (r) => importState(db, r.numbers, r.clients),
    'invoices/import-update': async (r) => reimportInvoices(db, r, now()).then(replanLater),
    'invoices/import-mappings': async () => importMappings(db),
    'invoices/import-mapping/save': async ({ mapping }) => rememberImportMapping(db, mapping),
    'event/add': async ({ event }) => written(await recordEventUndoable(db, event, now())),
    'backup/stage': async (r) => stageBackup(db, r.restoreId, r.seq, r.chunk),
    'backup/commit': async (r) => written(await commitBackup(db, r, now())),
    'gmail/accounts': async () => ({ accounts: gmailAccountsOf(await gmailTabs()) }),
    'backup/auto/run': async () => ({ outcome: (await runAutoBackup(db, now(), openBackupFolder)).outcome }),
    'backup/discard': async ({ restoreId }) => discardBackup(db, restoreId),
    'gmail/thread-status': async (r) => gmailCard(db, r.threadId, now(), r.pageLang, gmailCardPorts()),
    'gmail/layout': async ({ recognised }) => rememberGmailLayout(db, recognised, now()),
    'gmail/labels': async (r) => gmailLabels(db, r.threadIds, now(), r.pageLang, uiLanguage()),
    'gmail/pending-send': async (r) => ({ pendingId: await addPendingSend(db, r, now()) }),
    'gmail/settle-send': async (r) =>
      recorded(await settlePendingSend(db, r.pendingId, r.outcome, now(), await deriveState(db))),
    'gmail/attachment': async ({ url, name }) => fetchAttachedPdf(db, url, name, now(), attachmentPorts),
    'gmail/due-date': async (r) => dueDateOf(r),
    'gmail/read-texts': async ({ texts }) => readGmailTexts(texts),
    'gmail/attachment-access': async () => openOwnPage(ports, ATTACHMENT_SETTINGS),
    'extract/pdf': async (r) => readAttachedPdf(db, { ...r, mime: 'application/pdf' }, now(), readPdf),
    'invoice/track': async (r) => written(await trackFromGmail(db, r, now(), await deriveState(db))),
    'gmail/sent-count': async (review) => sentReviewCount(db, review, uiLanguage()),
    'gmail/sent-review': async (review) => openSentReview(ports, review),
    'gmail/bulk-track': async ({ rows }) =>
      written(await bulkTrackFromGmail(db, rows, now(), await deriveState(db))),
    'invoice/mark-paid': async ({ invoiceId }) => written(await markPaidUndoable(db, invoiceId, now())),
    'invoice/payment-announced': async (r) =>
      recorded(await announcePayment(db, r.invoiceId, r.gmailMessageId, now())),
    'client/statement-mail': async ({ clientId }) => openStatementMail(db, clientId, now(), ports),
    'invoice/rate': async (r) => written(await setRateUndoable(db, r.invoiceId, r.contractualRate, now())),
    'reminder/draft': async ({ invoiceId }) => draftReminder(db, invoiceId, now()),
    'reminder/sent': async (r) =>
      written(await recordSentUndoable(db, r, now(), await deriveState(db)).then(() => ok)),
    'client/save': async ({ client }) => written(await saveClientCase(db, client, now())),
    'scenario/save': async ({ scenario }) => written(await saveUserScenario(db, scenario, now())),
    'scenario/delete': async ({ scenarioId }) => written(await deleteUserScenario(db, scenarioId, now())),
    'reminder/open': async ({ invoiceId }) => openReminderFor(db, invoiceId, now(), ports),
    'bank/record': async ({ payments }) => written(await recordPaymentsUndoable(db, payments, now())),
    'bank/mapping/save': async ({ mapping }) => rememberBankMapping(db, mapping),
    'gmail/opened-compose': async (r) => openedComposeFor(db, r, now()),
    'gmail/remember-compose': async ({ invoiceId }) => rememberNewMessage(db, invoiceId, now()),
    'gmail/invoice-pdf': async ({ invoiceId }) => attachablePdf(db, invoiceId, now()),
    'pending/answer': async (r) =>
      recorded(await answerPendingConfirmation(db, r.id, r.sent, now(), await deriveState(db))),
    'invoice/pay': async (r) => written(await payInvoice(db, r, now())),
    'invoice/reopen': async (r) => written(await reopenInvoice(db, r.invoiceId, r.lang, now())),
    'invoice/edit': async (r) => written(await editInvoice(db, r.invoiceId, r.edit, r.lang, now())),
    'invoice/remove': async (r) => written(await removeInvoice(db, r.invoiceId, r.lang, now())),
    'undo/apply': async ({ undoId }) => written(await undo(db, undoId, now())),
    'settings/save': async ({ settings }) => written(await saveAllSettings(db, settings, now())),
    'settings/patch': async ({ patch }) => written(await patchSettings(db, patch, now())),
  };
}
