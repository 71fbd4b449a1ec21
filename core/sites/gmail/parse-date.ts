import { parseDate } from '../../dates';
import type { IsoDate } from '../../model';

/** Month names Gmail writes in its date titles, French and English, full or abbreviated. */
const MONTHS: Record<string, number> = {
  janv: 1,
  janvier: 1,
  jan: 1,
  january: 1,
  fevr: 2,
  fevrier: 2,
  feb: 2,
  february: 2,
  mars: 3,
  mar: 3,
  march: 3,
  avr: 4,
  avril: 4,
  apr: 4,
  april: 4,
  mai: 5,
  may: 5,
  juin: 6,
  jun: 6,
  june: 6,
  juil: 7,
  juillet: 7,
  jul: 7,
  july: 7,
  aout: 8,
  aug: 8,
  august: 8,
  sept: 9,
  septembre: 9,
  sep: 9,
  september: 9,
  oct: 10,
  octobre: 10,
  october: 10,
  nov: 11,
  novembre: 11,
  november: 11,
  dec: 12,
  decembre: 12,
  december: 12,
};

/**
 * The calendar date of a Gmail date title: "ven. 13 févr. 2026, 10:00" (fr) or
 * "Fri, Feb 13, 2026, 10:00 AM" (en). `null` when it cannot be read (other locales).
 */
export function parseGmailDateTitle(title: string): IsoDate | null {
  const text = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\d{1,2}[:h]\d{2}/g, ' ');
  const year = text.match(/\b(19|20)\d{2}\b/)?.[0];
  const month = (text.match(/[a-z]+/g) ?? []).map((w) => MONTHS[w]).find((m) => m !== undefined);
  const day = text.replace(/\b(19|20)\d{2}\b/, ' ').match(/\b\d{1,2}\b/)?.[0];
  if (!year || !month || !day) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return parseDate(iso);
}
