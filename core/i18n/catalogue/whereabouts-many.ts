/** « Où en êtes-vous ? » asked once for several late invoices (a file, several PDFs). */
import type { Catalogue } from '../translate';

export const whereaboutsMany = {
  'where.askAll': {
    fr: {
      one: '{count} de ces factures est déjà en retard. Qu’avez-vous fait jusqu’ici ?',
      other: '{count} de ces factures sont déjà en retard. Qu’avez-vous fait jusqu’ici ?',
    },
    en: {
      one: '{count} of these invoices is already overdue. What have you done so far?',
      other: '{count} of these invoices are already overdue. What have you done so far?',
    },
  },
} as const satisfies Catalogue;
