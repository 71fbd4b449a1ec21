/**
 * Counts in running text (templates, documents) the way the catalogue does them: the form is
 * chosen by Intl.PluralRules, never written « jour(s) ». French « one » covers 0 and 1
 * (« 0 jour », « 1 jour »); « many » (1 000 000) reads as the plural, like the translator.
 */
import type { Language, PluralForms } from './translate';

const rules = new Map<Language, Intl.PluralRules>();
const numbers = new Map<Language, Intl.NumberFormat>();

/** The form of `forms` that fits `count` in `lang`. */
export function pluralForm(lang: Language, count: number, forms: PluralForms): string {
  const r = rules.get(lang) ?? new Intl.PluralRules(lang);
  rules.set(lang, r);
  return r.select(count) === 'one' ? forms.one : forms.other;
}

/** « 12 jours », « 1 day », « 10 000 factures »: the number written the language's way. */
export function countOf(lang: Language, count: number, one: string, other: string): string {
  const n = numbers.get(lang) ?? new Intl.NumberFormat(lang, { maximumFractionDigits: 20 });
  numbers.set(lang, n);
  return `${n.format(count)} ${pluralForm(lang, count, { one, other })}`;
}
