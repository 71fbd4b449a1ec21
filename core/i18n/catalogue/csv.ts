/** The CSV import’s progress, batches and outcomes. */
import type { Catalogue } from '../translate';

export const csv = {
  'csv.reading': { fr: 'Lecture du fichier… {percent} %', en: 'Reading the file… {percent}%' },
  'csv.rowsRead': {
    fr: { one: '{count} ligne lue', other: '{count} lignes lues' },
    en: { one: '{count} row read', other: '{count} rows read' },
  },
  'csv.sending': {
    fr: {
      one: 'Enregistrement… {done} sur {count} facture',
      other: 'Enregistrement… {done} sur {count} factures',
    },
    en: { one: 'Saving… {done} of {count} invoice', other: 'Saving… {done} of {count} invoices' },
  },
  'csv.batches': {
    fr: 'Plus de {max} lignes : l’import se fait par lots de {max}, chacun enregistré en entier ou pas du tout. Si un lot échoue, les lots déjà enregistrés le restent et rien n’est envoyé après ; réimporter le même fichier n’ajoute alors que ce qui manque.',
    en: 'More than {max} rows: the import is sent in batches of {max}, each saved whole or not at all. If a batch fails, the batches already saved stay saved and nothing after it is sent; importing the same file again then adds only what is missing.',
  },
  'csv.partial.written': {
    fr: {
      one: '{count} facture a été enregistrée avant l’échec.',
      other: '{count} factures ont été enregistrées avant l’échec.',
    },
    en: {
      one: '{count} invoice was saved before the failure.',
      other: '{count} invoices were saved before the failure.',
    },
  },
  'csv.partial.unwritten': {
    fr: {
      one: 'À partir de la ligne {line}, {count} facture n’a pas été enregistrée : {message}',
      other: 'À partir de la ligne {line}, {count} factures n’ont pas été enregistrées : {message}',
    },
    en: {
      one: 'From line {line} on, {count} invoice was not saved: {message}',
      other: 'From line {line} on, {count} invoices were not saved: {message}',
    },
  },
  'csv.partial.retry': {
    fr: 'Réimportez le même fichier : les numéros déjà suivis sont laissés tels quels, seul le reste est ajouté.',
    en: 'Import the same file again: numbers already tracked are left as they are, only the rest is added.',
  },
  'csv.error.malformedQuote': {
    fr: 'Ligne {line} : un guillemet fermé est suivi d’autres caractères (comme "Acme"x). Corrigez cette ligne : rien n’a été importé.',
    en: 'Line {line}: a closing quote is followed by other characters (like "Acme"x). Fix this line: nothing was imported.',
  },
  'csv.error.lineTooLong': {
    fr: 'Ligne {line} : plus d’un million de caractères sans fin de ligne. Ce fichier n’est pas un CSV de factures : rien n’a été importé.',
    en: 'Line {line}: over a million characters without a line end. This is not an invoice CSV: nothing was imported.',
  },
} as const satisfies Catalogue;
