/** The rate-kind field (shared by the Gmail card and the dashboard, so kept apart and small). */
import type { Catalogue } from '../translate';

export const rateKind = {
  'rateKind.legend': { fr: 'Taux des pénalités de retard', en: 'Late-payment penalty rate' },
  'rateKind.kindLabel': { fr: 'Forme du taux', en: 'Kind of rate' },
  'rateKind.none': {
    fr: 'Rien d’indiqué (taux légal par défaut : BCE + 10 points entre professionnels)',
    en: 'Nothing stated (legal default: ECB rate + 10 points between businesses)',
  },
  'rateKind.fixed': { fr: 'Taux fixe', en: 'Fixed rate' },
  'rateKind.legal-multiple': {
    fr: 'Multiple du taux d’intérêt légal',
    en: 'Multiple of the statutory interest rate',
  },
  'rateKind.ecb-plus': { fr: 'Taux BCE majoré', en: 'ECB rate plus points' },
  'rateKind.figureFixed': { fr: 'Taux annuel (%)', en: 'Yearly rate (%)' },
  'rateKind.figureLegal': { fr: 'Nombre de fois le taux légal', en: 'Times the statutory rate' },
  'rateKind.figureEcb': { fr: 'Points ajoutés au taux BCE', en: 'Points added to the ECB rate' },
  'rateKind.invalid': {
    fr: 'Indiquez un nombre valable pour ce taux.',
    en: 'Enter a valid figure for this rate.',
  },
} as const satisfies Catalogue;
