/**
 * The one translator of the UI. A catalogue maps a key to its French and English side by side;
 * an entry is either one sentence per language or, for a count, the plural forms that
 * Intl.PluralRules chooses between (« 1 facture », « 2 factures »: never « facture(s) »).
 * Placeholders are `{name}`; their names are read from the French text at the type level, so a
 * call that forgets one, or names one the text does not have, does not compile.
 */
import { ELIDING, elide } from './elision';

export type Language = 'fr' | 'en';

export interface PluralForms {
  readonly one: string;
  readonly other: string;
}
export type Entry =
  | { readonly fr: string; readonly en: string }
  | { readonly fr: PluralForms; readonly en: PluralForms };
export type Catalogue = { readonly [key: string]: Entry };

/** `'{a} et {b}'` → `'a' | 'b'`. */
type Holes<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Holes<Rest> : never;

/** A plural entry always takes `count`: it chooses the form. */
type EntryHoles<E> = E extends { readonly fr: infer F }
  ? F extends string
    ? Holes<F>
    : F extends PluralForms
      ? Holes<F['one']> | Holes<F['other']> | 'count'
      : never
  : never;

export type Value = string | number;
export type Values<C extends Catalogue, K extends keyof C> = { readonly [P in EntryHoles<C[K]>]: Value };
export type ValuesArg<C extends Catalogue, K extends keyof C> = [EntryHoles<C[K]>] extends [never]
  ? []
  : [values: Values<C, K>];

/** The keys whose text takes no value: what a key built at run time (`set.day.${d}`) may be cast to. */
export type PlainKey<C extends Catalogue> = {
  [K in keyof C & string]: [EntryHoles<C[K]>] extends [never] ? K : never;
}[keyof C & string];

export type Translate<C extends Catalogue> = <K extends keyof C & string>(
  key: K,
  ...values: ValuesArg<C, K>
) => string;

/** Inserted as text by Preact, never as markup. Numbers are written the language's way (« 20 500 »). */
export function translator<C extends Catalogue>(catalogue: C, lang: Language): Translate<C> {
  let plurals: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const show = (value: Value): string => {
    if (typeof value === 'string') return value;
    numbers ??= new Intl.NumberFormat(lang, { maximumFractionDigits: 20 });
    return numbers.format(value);
  };
  return ((key: string, values?: Readonly<Record<string, Value>>) => {
    const text = catalogue[key]![lang];
    let chosen: string;
    if (typeof text === 'string') chosen = text;
    else {
      plurals ??= new Intl.PluralRules(lang);
      // French « many » (1 000 000) reads as the plural: only « one » is singular.
      chosen = plurals.select(Number(values?.count)) === 'one' ? text.one : text.other;
    }
    // « facture {number} de {client} » with « Acme » reads « d’Acme » (core/i18n/elision).
    let out = '';
    let last = 0;
    for (const m of chosen.matchAll(/\{(\w+)\}/g)) {
      const value = values?.[m[1]!];
      let before = chosen.slice(last, m.index);
      let text = value === undefined ? m[0] : show(value);
      const word = lang === 'fr' && value !== undefined ? ELIDING.exec(before) : null;
      if (word) {
        before = before.slice(0, before.length - word[0].length);
        text = elide(word[1]!, text);
      }
      out += before + text;
      last = m.index + m[0].length;
    }
    return out + chosen.slice(last);
  }) as Translate<C>;
}
