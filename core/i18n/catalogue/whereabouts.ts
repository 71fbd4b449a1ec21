/**
 * « Où en êtes-vous ? » when a late invoice starts being tracked (issue #19). In the Gmail
 * content script (30 KB budget): the many-invoices question is in ./whereabouts-many.ts.
 */
import type { Catalogue } from '../translate';

export const whereabouts = {
  'where.title': { fr: 'Où en êtes-vous ?', en: 'Where are you at?' },
  'where.ask': {
    fr: 'Cette facture est déjà en retard. Qu’avez-vous fait jusqu’ici ? Les relances reprendront à la bonne étape.',
    en: 'This invoice is already overdue. What have you done so far? Reminders will pick up at the right step.',
  },
  'where.nothing': { fr: 'Rien encore', en: 'Nothing yet' },
  'where.email': { fr: 'Relancé par e-mail', en: 'Sent a reminder by e-mail' },
  'where.call': { fr: 'Appelé le client', en: 'Called the client' },
  'where.formal_notice': { fr: 'Envoyé une mise en demeure', en: 'Sent a formal notice' },
  'where.on': { fr: 'Date de la dernière fois', en: 'Date of the last time' },
  'where.onHint': {
    fr: 'Laissez vide si vous ne savez plus : nous compterons à partir d’aujourd’hui.',
    en: 'Leave it empty if you do not remember: we will count from today.',
  },
  'where.fromThread': {
    fr: 'Pré-rempli d’après vos propres messages dans ce fil : vérifiez.',
    en: 'Filled in from your own messages in this thread: please check.',
  },
} as const satisfies Catalogue;
