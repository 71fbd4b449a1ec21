/**
 * « Suivre » in a Gmail thread: the invoice the user confirmed in the card's form, with its
 * client and the attached PDF the background kept when it read it (`fileRef`), tracked in one
 * transaction (core/db trackInvoice). The same number already tracked from Gmail is left as it
 * was (`alreadyTracked`).
 */
import { localDate } from '../dates';
import { type Deriver, type EcheanceDb, getSettings, type TrackOutcome, trackInvoice } from '../db';
import { takeFile } from '../db/kept-files';
import type { TrackFromGmail } from '../model';
import { legacyRatePercent } from '../model';
import { historyEvents, noteLanguage } from './whereabouts-history';

export async function trackFromGmail(
  db: EcheanceDb,
  r: TrackFromGmail,
  now: Date,
  derive: Deriver,
): Promise<TrackOutcome> {
  const file = r.fileRef ? await takeFile(db, r.fileRef, now) : null;
  const today = localDate(now);
  const lang = noteLanguage(await getSettings(db));
  return trackInvoice(
    db,
    {
      invoice: {
        number: r.number,
        issueDate: r.issueDate,
        dueDate: r.dueDate,
        paymentTerms: r.paymentTerms,
        totalCents: r.totalCents,
        amountDueCents: r.totalCents,
        currency: r.currency,
        // The kind wins; the legacy percent mirrors a fixed rate for older readers.
        contractualRatePercent: r.contractualRate
          ? legacyRatePercent(r.contractualRate)
          : r.contractualRatePercent,
        contractualRate: r.contractualRate ?? null,
        mentions: r.mentions,
        origin: { kind: 'gmail', threadId: r.threadId, messageId: r.messageId, account: r.account },
        fileId: null,
        createdAt: now.toISOString(),
      },
      client: {
        name: r.clientName,
        kind: r.clientKind,
        contactFirstName: r.contactFirstName,
        emails: r.clientEmail ? [r.clientEmail] : [],
        phone: null,
        address: null,
        siren: null,
        addressing: r.addressing,
        language: r.language,
        scenarioId: null,
        notes: '',
        signature: r.clientSignature ?? null,
        proceedings: null,
        workSuspended: false,
      },
      file,
      // « Où en êtes-vous ? », answered in the card (pre-filled from the thread) or by the
      // Sent-list pass: the new invoice starts with those events (issue #19).
      history: (invoiceId) => historyEvents(r.whereabouts, r, invoiceId, today, now.toISOString(), lang),
    },
    derive,
    today,
  );
}
