/**
 * The earlier reminders a letter cites (« malgré mes relances du … »): emails, calls and
 * letters from the invoices' events. A reminder that covered several invoices was recorded
 * once per invoice; it is cited once, with the invoices it concerned.
 */
import type { Invoice, InvoiceEvent, IsoDate, Language } from '../model';
import { shortDate } from './format';

type ReminderKind = 'email' | 'phone' | 'letter' | 'registered_letter';

export interface ReminderEntry {
  date: IsoDate;
  kind: ReminderKind;
  invoiceNumbers: string[];
  trackingNumber: string | null;
  /** Calls only. */
  outcome: 'promise' | 'dispute' | 'no_answer' | 'claims_paid' | null;
  promisedDate: IsoDate | null;
}

function entryOf(e: InvoiceEvent): Omit<ReminderEntry, 'invoiceNumbers' | 'date'> | null {
  const base = { trackingNumber: null, outcome: null, promisedDate: null };
  switch (e.type) {
    case 'reminder_sent':
      return { ...base, kind: e.channel };
    case 'call':
      return { ...base, kind: 'phone', outcome: e.outcome, promisedDate: e.promisedDate };
    case 'letter_sent':
      return {
        ...base,
        kind: e.registered ? 'registered_letter' : 'letter',
        trackingNumber: e.trackingNumber,
      };
    default:
      return null;
  }
}

export function reminderHistory(
  invoices: readonly Invoice[],
  events: readonly InvoiceEvent[],
  asOf: IsoDate,
): ReminderEntry[] {
  const numbers = new Map(invoices.map((i) => [i.id, i.number]));
  const merged = new Map<string, ReminderEntry>();
  for (const e of events) {
    const number = numbers.get(e.invoiceId);
    const entry = number !== undefined && e.date <= asOf ? entryOf(e) : null;
    if (!entry || number === undefined) continue;
    const key = [e.date, entry.kind, entry.trackingNumber, entry.outcome, entry.promisedDate].join('|');
    const existing = merged.get(key);
    if (existing) {
      if (!existing.invoiceNumbers.includes(number)) existing.invoiceNumbers.push(number);
    } else {
      merged.set(key, { ...entry, date: e.date, invoiceNumbers: [number] });
    }
  }
  return [...merged.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const KIND: Record<Language, Record<ReminderKind, string>> = {
  fr: {
    email: 'Relance par e-mail',
    phone: 'Appel téléphonique',
    letter: 'Lettre simple',
    registered_letter: 'Lettre recommandée',
  },
  en: {
    email: 'Reminder by email',
    phone: 'Telephone call',
    letter: 'Letter',
    registered_letter: 'Registered letter',
  },
};

/** « Lettre recommandée n° 1A 234 », « Appel téléphonique : promesse de règlement au 20/03/2026 ». */
export function reminderLabel(entry: ReminderEntry, lang: Language, asOf: IsoDate): string {
  let label = KIND[lang][entry.kind];
  if (entry.trackingNumber)
    label += lang === 'fr' ? ` n°\u00a0${entry.trackingNumber}` : ` no.\u00a0${entry.trackingNumber}`;
  if (entry.outcome === 'promise' && entry.promisedDate) {
    const d = shortDate(entry.promisedDate, lang);
    const broken = entry.promisedDate < asOf;
    label +=
      lang === 'fr'
        ? ` : promesse de règlement au ${d}${broken ? ', non tenue' : ''}`
        : `: promise to pay by ${d}${broken ? ', not kept' : ''}`;
  } else if (entry.outcome === 'no_answer') {
    label += lang === 'fr' ? ' (sans réponse)' : ' (no answer)';
  } else if (entry.outcome === 'claims_paid') {
    label += lang === 'fr' ? ' : paiement annoncé, non reçu' : ': payment announced, not received';
  }
  return label;
}
