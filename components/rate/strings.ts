/**
 * The words of the rate-kind field, French and English. Kept apart from the dashboard's
 * catalogue because the Gmail content script uses the field too and must stay small.
 */
import type { Language } from '../../core/model';

const fr = {
  legend: 'Taux des pénalités de retard',
  kindLabel: 'Forme du taux',
  none: 'Rien d’indiqué (taux légal par défaut : BCE + 10 points entre professionnels)',
  fixed: 'Taux fixe',
  'legal-multiple': 'Multiple du taux d’intérêt légal',
  'ecb-plus': 'Taux BCE majoré',
  figureFixed: 'Taux annuel (%)',
  figureLegal: 'Nombre de fois le taux légal',
  figureEcb: 'Points ajoutés au taux BCE',
  invalid: 'Indiquez un nombre valable pour ce taux.',
};

const en: typeof fr = {
  legend: 'Late-payment penalty rate',
  kindLabel: 'Kind of rate',
  none: 'Nothing stated (legal default: ECB rate + 10 points between businesses)',
  fixed: 'Fixed rate',
  'legal-multiple': 'Multiple of the statutory interest rate',
  'ecb-plus': 'ECB rate plus points',
  figureFixed: 'Yearly rate (%)',
  figureLegal: 'Times the statutory rate',
  figureEcb: 'Points added to the ECB rate',
  invalid: 'Enter a valid figure for this rate.',
};

export type RateKey = keyof typeof fr;
export const RATE_STRINGS: Record<Language, typeof fr> = { fr, en };
