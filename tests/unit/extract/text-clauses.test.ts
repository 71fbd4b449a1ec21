import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../core/extract/text';
import { findPenaltyClause, penaltyRateKind } from '../../../core/extract/text-clauses';

describe('penalty rates with their kind (legal-fr.md §7.1)', () => {
  it.each([
    ['Pénalités de retard : trois fois le taux d’intérêt légal.', { kind: 'legal-multiple', factor: 3 }],
    ['Pénalités de retard : 3 x le taux légal.', { kind: 'legal-multiple', factor: 3 }],
    ['Pénalités : 3x le taux d’intérêt légal en vigueur.', { kind: 'legal-multiple', factor: 3 }],
    ['Pénalités de retard égales au triple du taux d’intérêt légal.', { kind: 'legal-multiple', factor: 3 }],
    [
      'Pénalités de retard au taux de trois fois le taux de l’intérêt légal.',
      { kind: 'legal-multiple', factor: 3 },
    ],
    ['Pénalités de retard : taux d’intérêt légal.', { kind: 'legal-multiple', factor: 1 }],
    ['Pénalités de retard au taux BCE majoré de 10 points.', { kind: 'ecb-plus', points: 10 }],
    ['Pénalités de retard : taux de refinancement de la BCE + 10 points.', { kind: 'ecb-plus', points: 10 }],
    [
      'Taux des pénalités de retard : le taux appliqué par la Banque centrale européenne à son opération de refinancement la plus récente majoré de 10 points de pourcentage.',
      { kind: 'ecb-plus', points: 10 },
    ],
    [
      'Late payment interest: three times the statutory interest rate.',
      { kind: 'legal-multiple', factor: 3 },
    ],
    ['Late payment penalty: 3 times the French legal interest rate.', { kind: 'legal-multiple', factor: 3 }],
    ['Late payment interest at the ECB rate plus 8 percentage points.', { kind: 'ecb-plus', points: 8 }],
    ['Pénalités de retard : 10 % par an.', { kind: 'fixed', percent: 10 }],
    ['Pénalités de retard : 1,5 % par mois.', { kind: 'fixed', percent: 18 }],
  ])('%s', (text, rate) => {
    expect(findPenaltyClause(text)?.rate).toEqual(rate);
  });

  it('the first reference named wins when a clause gives a rate and its floor', () => {
    expect(
      penaltyRateKind('taux BCE + 10 points, sans pouvoir être inférieur à trois fois le taux légal'),
    ).toEqual({ kind: 'ecb-plus', points: 10 });
  });

  it('a reference without its margin is not guessed', () => {
    expect(penaltyRateKind('Pénalités de retard au taux de la BCE en vigueur.')).toBeNull();
  });

  it('the whole-text extraction carries the kind next to the legacy percent', () => {
    const x = extractFromText(
      'FACTURE F-2026-014\nTotal TTC : 1 500,00 €\nPénalités de retard : trois fois le taux d’intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.',
    );
    expect(x.contractualRate).toEqual({ value: { kind: 'legal-multiple', factor: 3 }, source: 'text' });
    expect(x.penaltyRatePercent).toBeNull();
  });
});
