/**
 * « Suivre » in a Gmail thread: the invoice the user confirmed in the card's form, with its
 * client and the attached PDF the background kept when it read it (`fileRef`), tracked in one
 * transaction (core/db trackInvoice). The same number already tracked from Gmail is left as it
 * was (`alreadyTracked`).
 */
import { localDate } from '../dates';
import { type Deriver, type EcheanceDb, type TrackOutcome, trackInvoice } from '../db';
import { takeFile } from '../db/kept-files';
import type { TrackFromGmail } from '../model';
import { legacyRatePercent } from '../model';

export async function trackFromGmail(
  db: EcheanceDb,
  r: TrackFromGmail,
  now: Date,
  derive: Deriver,
): Promise<TrackOutcome> {
  const file = r.fileRef ? await takeFile(db, r.fileRef, now) : null;
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
    },
    derive,
    localDate(now),
  );
}
