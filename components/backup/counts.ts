import { NOUNS, type Noun } from '../../core/app/backup-counts';
import type { Language } from '../../core/model';
import type { MessageKey, Translate } from '../i18n';

export type { Noun };

/** « 1 facture », « 3 factures » (Intl.PluralRules: French counts 0 and 1 as one). */
export function countText(t: Translate, lang: Language, noun: Noun, n: number): string {
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
  return t(`bk.noun.${noun}.${form}` as MessageKey, { n: n.toLocaleString(lang) });
}

/** « 3 factures, 1 client, 2 documents » — the tables that have rows; « aucune donnée » else. */
export function itemsText(t: Translate, lang: Language, counts: Partial<Record<Noun, number>>): string {
  const parts = NOUNS.filter((n) => (counts[n] ?? 0) > 0).map((n) => countText(t, lang, n, counts[n] ?? 0));
  return parts.length > 0 ? parts.join(', ') : t('bk.preview.empty');
}

export function megabytes(lang: Language, bytes: number): string {
  const unit = new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return unit.format(bytes / 1_000_000);
}
