import { parseDate } from '../../dates';
import { monthNumber } from '../../extract/text-dates';
import type { IsoDate } from '../../model';

/**
 * The calendar date of a Gmail date title (month names read by the invoice text reader's table): "ven. 13 févr. 2026, 10:00" (fr) or
 * "Fri, Feb 13, 2026, 10:00 AM" (en). `null` when it cannot be read (other locales).
 */
export function parseGmailDateTitle(title: string): IsoDate | null {
  const text = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\d{1,2}[:h]\d{2}/g, ' ');
  const year = text.match(/\b(19|20)\d{2}\b/)?.[0];
  const month = (text.match(/[a-z]+/g) ?? []).map(monthNumber).find((m) => m !== undefined);
  const day = text.replace(/\b(19|20)\d{2}\b/, ' ').match(/\b\d{1,2}\b/)?.[0];
  if (!year || !month || !day) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return parseDate(iso);
}
