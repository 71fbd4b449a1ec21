/** Settings in plain language, saved as they change (issue #20). */
import type { Catalogue } from '../translate';

export const settingsPlain = {
  'sp.fieldsNotSaved': {
    fr: 'Les champs signalés n’ont pas été enregistrés : corrigez-les comme indiqué. Le reste est enregistré.',
    en: 'The highlighted fields were not saved: correct them as shown. Everything else is saved.',
  },
  'sp.advanced': { fr: 'Avancé : taux des pénalités', en: 'Advanced: penalty rates' },
  'sp.rates.intro': {
    fr: 'Vous n’avez rien à vérifier : ces taux sont mis à jour avec l’extension. Ils servent au calcul des pénalités de retard (taux de la BCE + 10 points entre professionnels, taux légal pour les particuliers). Vous pouvez en corriger un si vous le souhaitez.',
    en: 'Nothing to check on your side: these rates are updated with the extension. They are used to compute late-payment penalties (ECB rate + 10 points between businesses, the legal rate for consumers). You may correct one if you wish.',
  },
  'sp.mail.detected': {
    fr: 'Compte Gmail utilisé pour écrire les relances',
    en: 'Gmail account used to write reminders',
  },
  'sp.mail.accountUnknown': { fr: 'Compte n° {index} de Gmail', en: 'Gmail account no. {index}' },
  'sp.mail.none': {
    fr: 'Ouvrez Gmail dans un onglet de ce navigateur : Échéance reconnaîtra vos comptes connectés. En attendant, le premier compte connecté est utilisé.',
    en: 'Open Gmail in a tab of this browser: Échéance will recognise your signed-in accounts. Until then, the first signed-in account is used.',
  },
  'sp.mail.refresh': { fr: 'Chercher à nouveau', en: 'Look again' },
} as const satisfies Catalogue;
