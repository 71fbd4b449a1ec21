import { decideRestore } from '../../core/backup';
import { localDate } from '../../core/dates';
import {
  addEvent,
  applyMentionDefaults,
  commitStaged,
  discardStaged,
  type EcheanceDb,
  GMAIL_LAYOUT,
  getSettings,
  importItems,
  payInFull,
  recordBankPayments,
  saveBankMapping,
  saveClient,
  saveSettings,
  setInvoiceRate,
  stageChunk,
} from '../../core/db';
import { holdAnnouncedPayment, presetById } from '../../core/dunning';
import { withImportDefaults } from '../../core/identity/mention-defaults';
import { extensionUrl, extensionVersion, openTab } from '../../core/platform';
import { type Handlers, ValidationFailure } from '../../core/protocol';
import { ATTACHMENT_SETTINGS } from '../../core/sites/gmail/attachment';
import { announcePaymentByEmail, openStatementMail } from './client-mail';
import { deriveState } from './derive';
import { extractPdf } from './extract-pdf';
import { listLabels, threadStatus, trackFromGmail } from './gmail';
import { fetchGmailAttachment } from './gmail-attachment';
import { addPendingSend, recordReminderSent, settlePendingSend } from './gmail-pending';
import { openReminder, reminderDraft } from './reminder';
import { rederiveAll } from './scheduler';

/** The background owns every write; each handler is one transaction in core/db. */
export function makeHandlers(db: EcheanceDb, now: () => Date, afterWrite: () => Promise<void>): Handlers {
  const written = async <T>(result: T): Promise<T> => {
    await afterWrite();
    return result;
  };
  return {
    ping: async () => ({ pong: true, version: extensionVersion() }),

    'invoices/import': async ({ items, origin }) => {
      const at = now();
      const settings = await getSettings(db);
      const outcome = await importItems(
        db,
        withImportDefaults(items, settings),
        origin,
        at.toISOString(),
        await deriveState(db),
        localDate(at),
        settings.defaultAddressing,
      );
      // Answered as soon as the rows are committed: re-planning 10,000 invoices took half a
      // second of a 10,000-row import (issue #11). The badge and the popup's overview follow
      // when it ends (the popup reads the overview live); plannings stay in order.
      void afterWrite();
      return outcome;
    },

    'event/add': async ({ event }) => {
      const { payment } = await getSettings(db);
      await addEvent(
        db,
        holdAnnouncedPayment(event, payment.holdDays),
        await deriveState(db),
        localDate(now()),
      );
      return written({ ok: true as const });
    },

    'backup/stage': async ({ restoreId, seq, chunk }) => {
      // The first chunk of a restore clears what an abandoned one left behind.
      if (seq === 0) await discardStaged(db);
      await stageChunk(db, restoreId, seq, chunk);
      return { ok: true as const };
    },

    'backup/commit': async ({ restoreId, mode, settings, counts }) => {
      const done = await commitStaged(db, restoreId, settings, mode === 'merge', (staged, current) =>
        decideRestore(mode, staged, settings, counts, current),
      );
      // Cached states in a file may be stale (a promise date passed since): recompute them.
      await rederiveAll(db, now());
      return written({
        mode,
        invoices: done.rows.invoices.length,
        clients: done.rows.clients.length,
        events: done.rows.events.length,
        files: done.rows.files.length,
        unchanged: done.unchanged,
        conflicts: done.conflicts.slice(0, 500),
        conflictCount: done.conflicts.length,
      });
    },

    'backup/discard': async ({ restoreId }) => {
      await discardStaged(db, restoreId ?? undefined);
      return { ok: true as const };
    },

    'gmail/thread-status': async ({ threadId, pageLang }) => threadStatus(db, threadId, now(), pageLang),

    'gmail/layout': async ({ recognised }) => {
      await db.meta.put({ key: GMAIL_LAYOUT, value: { recognised, at: now().toISOString() } });
      return { ok: true as const };
    },

    'gmail/labels': async ({ threadIds, pageLang }) => listLabels(db, threadIds, now(), pageLang),

    'gmail/pending-send': async (request) => ({ pendingId: await addPendingSend(db, request, now()) }),

    'gmail/settle-send': async ({ pendingId, outcome }) => {
      const recorded = await settlePendingSend(db, pendingId, outcome, now());
      return recorded ? written({ recorded }) : { recorded };
    },

    'gmail/attachment': async ({ url, name }) => fetchGmailAttachment(url, name),

    'gmail/attachment-access': async () => {
      await openTab(extensionUrl(ATTACHMENT_SETTINGS));
      return { opened: true as const };
    },

    'extract/pdf': extractPdf,

    'invoice/track': async (request) => written(await trackFromGmail(db, request, now())),

    'invoice/mark-paid': async ({ invoiceId }) => {
      const at = now();
      await payInFull(db, invoiceId, localDate(at), at.toISOString(), await deriveState(db));
      return written({ ok: true as const });
    },

    'invoice/payment-announced': async ({ invoiceId, gmailMessageId }) => {
      const recorded = await announcePaymentByEmail(db, invoiceId, gmailMessageId, now());
      return recorded ? written({ recorded }) : { recorded };
    },

    'client/statement-mail': async ({ clientId }) => {
      const invoices = await openStatementMail(db, clientId, now());
      return { opened: invoices > 0, invoices };
    },

    'invoice/rate': async ({ invoiceId, contractualRate }) => {
      await setInvoiceRate(db, invoiceId, contractualRate, await deriveState(db), localDate(now()));
      return written({ ok: true as const });
    },

    'reminder/draft': async ({ invoiceId }) => {
      const found = await reminderDraft(db, invoiceId, now());
      if (!found) throw new Error('aucune relance à faire aujourd’hui pour cette facture');
      const { stepId, template, covers, to, subject, body } = found.draft;
      return { invoiceId, stepId, template, covers, to, subject, body };
    },

    'reminder/sent': async (request) => {
      await recordReminderSent(db, request, now());
      return written({ ok: true as const });
    },

    'client/save': async ({ client }) => {
      const at = now();
      await saveClient(db, client, await deriveState(db), localDate(at));
      return written({ ok: true as const });
    },

    'scenario/save': async ({ scenario }) => {
      if (presetById(scenario.id))
        throw new ValidationFailure('un scénario prédéfini ne se modifie pas : dupliquez-le');
      await db.scenarios.put(scenario);
      await rederiveAll(db, now());
      return written({ ok: true as const });
    },

    'scenario/delete': async ({ scenarioId }) => {
      await db.transaction('rw', db.scenarios, db.clients, async () => {
        await db.scenarios.delete(scenarioId);
        // Clients on that scenario go back to the default one.
        await db.clients
          .where('id')
          .notEqual('')
          .modify((c) => {
            if (c.scenarioId === scenarioId) c.scenarioId = null;
          });
      });
      await rederiveAll(db, now());
      return written({ ok: true as const });
    },

    'reminder/open': async ({ invoiceId }) => {
      const covers = await openReminder(db, invoiceId, now());
      return { opened: covers !== null, covers: covers ?? [] };
    },

    'bank/record': async ({ payments }) => {
      const at = now();
      const today = localDate(at);
      return written(await recordBankPayments(db, payments, at.toISOString(), await deriveState(db), today));
    },

    'bank/mapping/save': async ({ mapping }) => {
      await saveBankMapping(db, mapping);
      return { ok: true as const };
    },

    'settings/save': async ({ settings }) => {
      await saveSettings(db, settings);
      // What the user's invoices print stands for the invoices no document told (issue #19).
      await applyMentionDefaults(db, settings.mentionDefaults);
      await rederiveAll(db, now());
      return written({ ok: true as const });
    },
  };
}
