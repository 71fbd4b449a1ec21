/**
 * A contractual rate in words, for letters and forms (« 3 × le taux d'intérêt légal »,
 * "ECB rate + 10 points"), and a rate from what a form holds (a kind and a figure).
 */
import type { ContractualRate, Language, RateKind } from '../model';

const number = (n: number, lang: Language) =>
  n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });

/** « 3 × le taux d'intérêt légal », « taux BCE + 10 points », « 10 % l'an ». */
export function describeRate(rate: ContractualRate, lang: Language): string {
  const fr = lang === 'fr';
  switch (rate.kind) {
    case 'fixed':
      return fr ? `${number(rate.percent, lang)}\u00a0% l’an` : `${number(rate.percent, lang)}% a year`;
    case 'legal-multiple':
      if (rate.factor === 1) return fr ? 'le taux de l’intérêt légal' : 'the statutory interest rate';
      return fr
        ? `${number(rate.factor, lang)}\u00a0× le taux de l’intérêt légal`
        : `${number(rate.factor, lang)} × the statutory interest rate`;
    case 'ecb-plus':
      return fr
        ? `taux BCE + ${number(rate.points, lang)}\u00a0points`
        : `ECB rate + ${number(rate.points, lang)} points`;
  }
}

export type RateChoice = RateKind | 'none';

/** The figure a form shows for a rate (the percent, the factor or the points). */
export function rateFigure(rate: ContractualRate | null): number | null {
  if (!rate) return null;
  return rate.kind === 'fixed' ? rate.percent : rate.kind === 'legal-multiple' ? rate.factor : rate.points;
}

/** Bounds each kind accepts (the model's schema): figure → rate, or null when out of range. */
export function rateFromForm(choice: RateChoice, figure: number | null): ContractualRate | null | 'invalid' {
  if (choice === 'none') return null;
  if (figure === null || !Number.isFinite(figure)) return 'invalid';
  switch (choice) {
    case 'fixed':
      return figure > 0 && figure <= 100 ? { kind: 'fixed', percent: figure } : 'invalid';
    case 'legal-multiple':
      return figure > 0 && figure <= 20 ? { kind: 'legal-multiple', factor: figure } : 'invalid';
    case 'ecb-plus':
      return figure >= 0 && figure <= 50 ? { kind: 'ecb-plus', points: figure } : 'invalid';
  }
}
