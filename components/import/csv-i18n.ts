/**
 * Copy of the CSV import's progress, batches and outcomes (the rest of that screen is in
 * components/i18n). Counts go through Intl.PluralRules: `.one` / `.other` keys.
 */
import type { Language } from '../../core/model';
import { type ReimportKey, reimportEn, reimportFr } from './reimport-i18n';

export const csvFr = {
  'csv.reading': 'Lecture du fichier… {percent} %',
  'csv.rowsRead.one': '{count} ligne lue',
  'csv.rowsRead.other': '{count} lignes lues',
  'csv.sending.one': 'Enregistrement… {done} sur {count} facture',
  'csv.sending.other': 'Enregistrement… {done} sur {count} factures',
  'csv.batches':
    'Plus de {max} lignes : l’import se fait par lots de {max}, chacun enregistré en entier ou pas du tout. Si un lot échoue, les lots déjà enregistrés le restent et rien n’est envoyé après ; réimporter le même fichier n’ajoute alors que ce qui manque.',
  'csv.partial.written.one': '{count} facture a été enregistrée avant l’échec.',
  'csv.partial.written.other': '{count} factures ont été enregistrées avant l’échec.',
  'csv.partial.unwritten.one':
    'À partir de la ligne {line}, {count} facture n’a pas été enregistrée : {message}',
  'csv.partial.unwritten.other':
    'À partir de la ligne {line}, {count} factures n’ont pas été enregistrées : {message}',
  'csv.partial.retry':
    'Réimportez le même fichier : les numéros déjà suivis sont laissés tels quels, seul le reste est ajouté.',
  'csv.error.malformedQuote':
    'Ligne {line} : un guillemet fermé est suivi d’autres caractères (comme "Acme"x). Corrigez cette ligne : rien n’a été importé.',
  'csv.error.lineTooLong':
    'Ligne {line} : plus d’un million de caractères sans fin de ligne. Ce fichier n’est pas un CSV de factures : rien n’a été importé.',
} as const;

export type CsvKey = keyof typeof csvFr | ReimportKey;

export const csvEn: Record<keyof typeof csvFr, string> = {
  'csv.reading': 'Reading the file… {percent}%',
  'csv.rowsRead.one': '{count} row read',
  'csv.rowsRead.other': '{count} rows read',
  'csv.sending.one': 'Saving… {done} of {count} invoice',
  'csv.sending.other': 'Saving… {done} of {count} invoices',
  'csv.batches':
    'More than {max} rows: the import is sent in batches of {max}, each saved whole or not at all. If a batch fails, the batches already saved stay saved and nothing after it is sent; importing the same file again then adds only what is missing.',
  'csv.partial.written.one': '{count} invoice was saved before the failure.',
  'csv.partial.written.other': '{count} invoices were saved before the failure.',
  'csv.partial.unwritten.one': 'From line {line} on, {count} invoice was not saved: {message}',
  'csv.partial.unwritten.other': 'From line {line} on, {count} invoices were not saved: {message}',
  'csv.partial.retry':
    'Import the same file again: numbers already tracked are left as they are, only the rest is added.',
  'csv.error.malformedQuote':
    'Line {line}: a closing quote is followed by other characters (like "Acme"x). Fix this line: nothing was imported.',
  'csv.error.lineTooLong':
    'Line {line}: over a million characters without a line end. This is not an invoice CSV: nothing was imported.',
};

type Values = Record<string, string | number>;
type Counted<K> = K extends `${infer Base}.one` ? Base : never;

export interface CsvT {
  t: (key: CsvKey, values?: Values) => string;
  /** The `.one` or `.other` form for `count`, numbers written the language's way. */
  tn: (key: Counted<CsvKey>, count: number, values?: Values) => string;
}

export function csvT(lang: Language): CsvT {
  const dict: Record<CsvKey, string> =
    lang === 'en' ? { ...csvEn, ...reimportEn } : { ...csvFr, ...reimportFr };
  const locale = lang === 'en' ? 'en' : 'fr';
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const show = (v: string | number) => (typeof v === 'number' ? number.format(v) : v);
  const t = (key: CsvKey, values?: Values) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) =>
      values?.[name] === undefined ? `{${name}}` : show(values[name]!),
    );
  const tn = (key: Counted<CsvKey>, count: number, values?: Values) =>
    t(`${key}.${rules.select(count) === 'one' ? 'one' : 'other'}` as CsvKey, { count, ...values });
  return { t, tn };
}
