/**
 * « Où en êtes-vous ? » when a late invoice starts being tracked (issue #19). In the Gmail
 * content script (30 KB budget): the many-invoices question is in ./whereabouts-many.ts.
 */
import type { Catalogue } from '../translate';

export const whereabouts = {
  'where.title': { fr: 'Où en êtes-vous ?', en: 'Where are you at?' },
  'where.ask': {
    fr: 'Elle est déjà en retard : qu’avez-vous fait jusqu’ici ?',
    en: 'It is already overdue: what have you done so far?',
  },
  'where.nothing': { fr: 'Rien encore', en: 'Nothing yet' },
  'where.email': { fr: 'Relancé par e-mail', en: 'Sent a reminder by email' },
  'where.call': { fr: 'Appelé le client', en: 'Called the client' },
  'where.formal_notice': { fr: 'Envoyé une mise en demeure', en: 'Sent a formal notice' },
  'where.on': { fr: 'Date de la dernière fois', en: 'Date of the last time' },
  'where.onHint': {
    fr: 'Laissez vide si vous ne savez plus.',
    en: 'Leave it empty if you do not remember.',
  },
  'where.fromThread': {
    fr: 'D’après vos messages dans ce fil : vérifiez.',
    en: 'From your messages in this thread: please check.',
  },
} as const satisfies Catalogue;
