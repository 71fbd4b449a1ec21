import { NOUNS, type Noun } from '../../core/app/backup-counts';
import type { Language } from '../../core/model';
import type { Translate } from '../i18n';

export type { Noun };

/** « 1 facture », « 3 factures »: the catalogue's plural forms (French counts 0 and 1 as one). */
export function countText(t: Translate, noun: Noun, n: number): string {
  return t(`bk.noun.${noun}`, { count: n });
}

/** « 3 factures, 1 client, 2 documents » — the tables that have rows; « aucune donnée » else. */
export function itemsText(t: Translate, counts: Partial<Record<Noun, number>>): string {
  const parts = NOUNS.filter((n) => (counts[n] ?? 0) > 0).map((n) => countText(t, n, counts[n] ?? 0));
  return parts.length > 0 ? parts.join(', ') : t('bk.preview.empty');
}

export function megabytes(lang: Language, bytes: number): string {
  const unit = new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return unit.format(bytes / 1_000_000);
}
