/**
 * « Où en êtes-vous ? » (issue #19) turned into the timeline's own events: what the user did
 * before Échéance tracked the invoice becomes ordinary, dated events, so the ladder places the
 * invoice by the same rules as every action recorded later (core/dunning/steps-reached: an
 * action counts as the scenario's step of its kind; steps below it are passed).
 * Pure: the caller adds ids, the invoice and the time of writing.
 */
import type { InvoiceEvent, IsoDate, Language, Whereabouts } from '../model';

type Draft<E> = E extends InvoiceEvent ? Omit<E, 'id' | 'invoiceId' | 'createdAt'> : never;
/** An event as the answer describes it, before it is written. */
export type WhereaboutsEvent = Draft<InvoiceEvent>;

const NOTES: Record<
  Language,
  Record<'user' | 'gmail-thread', string> & { unknownDay: string; clamped: string }
> = {
  fr: {
    user: 'Déclaré au moment du suivi (« Où en êtes-vous ? »).',
    'gmail-thread': 'Relevé dans le fil Gmail au moment du suivi (« Où en êtes-vous ? »).',
    unknownDay: 'Date non précisée : daté du jour du suivi.',
    clamped: 'Date indiquée antérieure à la facture : daté de la facture.',
  },
  en: {
    user: 'Stated when tracking started (“Where are you at?”).',
    'gmail-thread': 'Read in the Gmail thread when tracking started (“Where are you at?”).',
    unknownDay: 'Day not given: dated on the day tracking started.',
    clamped: 'The day given was before the invoice: dated on the invoice.',
  },
};

/**
 * The day the action is recorded on. Unknown (`on: null`): the day tracking starts — the latest
 * it can have been, so nothing that follows it (a call's spacing, a notice's deadline) is asked
 * for too early. A day after today is refused (the forms do not offer it; the Gmail reading
 * never finds one). One answer may stand for every late row of a CSV: a day before a row's
 * issue date cannot be that row's action, which is dated on its issue date instead.
 */
function dayOf(
  answer: Whereabouts,
  invoice: { issueDate: IsoDate | null },
  today: IsoDate,
): { date: IsoDate; note: 'unknownDay' | 'clamped' | null } {
  if (answer.on === null) return { date: today, note: 'unknownDay' };
  if (answer.on > today) throw new Error(`« Où en êtes-vous ? » : le ${answer.on} est après aujourd’hui`);
  if (invoice.issueDate && answer.on < invoice.issueDate) return { date: invoice.issueDate, note: 'clamped' };
  return { date: answer.on, note: null };
}

/** The events an answer stands for: none for « rien envoyé », else one dated action. */
export function whereaboutsEvents(
  answer: Whereabouts,
  invoice: { issueDate: IsoDate | null },
  today: IsoDate,
  lang: Language,
): WhereaboutsEvent[] {
  if (answer.reached === 'nothing') return [];
  const day = dayOf(answer, invoice, today);
  const texts = NOTES[lang];
  const note = [texts[answer.source], day.note ? texts[day.note] : null].filter(Boolean).join(' ');
  const date = day.date;
  switch (answer.reached) {
    case 'email':
      return [
        {
          type: 'reminder_sent',
          date,
          note,
          stepId: null,
          channel: 'email',
          template: '',
          gmailThreadId: null,
          gmailMessageId: null,
        },
      ];
    case 'call':
      // A call whose outcome the answer does not say: recorded as a reminder by phone, not as
      // a `call` event, whose outcome (promise, dispute…) would be invented and printed in the
      // court file's log.
      return [
        {
          type: 'reminder_sent',
          date,
          note,
          stepId: null,
          channel: 'phone',
          template: '',
          gmailThreadId: null,
          gmailMessageId: null,
        },
      ];
    case 'formal_notice':
      return [
        { type: 'formal_notice_sent', date, note, stepId: null, trackingNumber: null, deadlineDays: null },
      ];
  }
}
