/**
 * « Où en êtes-vous ? » at tracking (issue #19): the answer becomes the new invoice's first
 * events (core/dunning/whereabouts), written in the same transaction as the invoice, so its
 * cached state — and the step the ladder starts at — already counts them.
 */

import type { ItemHistory } from '../db/import';
import { whereaboutsEvents } from '../dunning';
import {
  type ImportItem,
  type InvoiceEvent,
  type IsoDate,
  type Language,
  newId,
  type Settings,
  type Whereabouts,
} from '../model';

/** The interface language for the events' notes: the settings', French when « auto ». */
export function noteLanguage(settings: Pick<Settings, 'language'>): Language {
  return settings.language === 'en' ? 'en' : 'fr';
}

/** The events of one answer for the invoice `invoiceId`; none for no answer or « rien ». */
export function historyEvents(
  answer: Whereabouts | undefined,
  invoice: { issueDate: IsoDate | null },
  invoiceId: string,
  today: IsoDate,
  createdAt: string,
  lang: Language,
): InvoiceEvent[] {
  if (!answer) return [];
  return whereaboutsEvents(answer, invoice, today, lang).map(
    (draft) => ({ ...draft, id: newId(), invoiceId, createdAt }) as InvoiceEvent,
  );
}

/** For an import: each row's own answer. */
export function importHistory(today: IsoDate, createdAt: string, lang: Language): ItemHistory {
  return (item: ImportItem, invoiceId: string) =>
    historyEvents(item.whereabouts, item, invoiceId, today, createdAt, lang);
}
