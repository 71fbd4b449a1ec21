/**
 * Which event a document records once the user says it went out, and with what. The action
 * panel asks this and sends the answer; it never chooses an event type itself.
 */

import { noticeDelayDays } from '../documents/notice-delay';
import type { NextAction } from '../dunning';
import type { InvoiceEventInput, IsoDate, Settings } from '../model';

export type DocumentKind = 'letter' | 'formal_notice' | 'kit' | 'plan' | 'claim';

/** An event without the parts the sender adds (its id, the invoice, the time it was written). */
export type EventDraft = InvoiceEventInput extends infer E
  ? E extends InvoiceEventInput
    ? Omit<E, 'id' | 'invoiceId' | 'createdAt'>
    : never
  : never;

export interface SentDocument {
  /** The day the user sent it (not necessarily today: a letter posted yesterday). */
  sentOn: IsoDate;
  /** The registered letter's number as typed; blank means none. */
  tracking: string;
}

/**
 * The event for a document sent; null for a payment plan, which is handed over, not recorded.
 * The letter counts as registered when today's step asked for a registered letter; the court
 * kit records the filing of the step it serves. A formal notice keeps the days it gave the client
 * (the settings' delay, as the letter printed it): the court step waits for that deadline.
 */
export function documentEvent(
  kind: DocumentKind,
  action: NextAction,
  sent: SentDocument,
  settings: Pick<Settings, 'formalNoticeDelayDays'>,
): EventDraft | null {
  const stepId = action.kind === 'step' ? action.step.id : null;
  const trackingNumber = sent.tracking.trim() || null;
  const date = sent.sentOn;
  switch (kind) {
    case 'formal_notice':
      return {
        type: 'formal_notice_sent',
        date,
        stepId,
        trackingNumber,
        deadlineDays: noticeDelayDays(settings.formalNoticeDelayDays),
      };
    case 'letter': {
      const registered = action.kind === 'step' && action.step.action === 'registered_letter';
      return { type: 'letter_sent', date, stepId, registered, trackingNumber };
    }
    case 'claim':
      return { type: 'claim_declared', date };
    case 'kit':
      return { type: 'court_filing', date, stepId };
    case 'plan':
      return null;
  }
}
