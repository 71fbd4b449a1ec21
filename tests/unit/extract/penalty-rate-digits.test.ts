import { describe, expect, it } from 'vitest';
import { penaltyRate } from '../../../core/extract/text-clauses';

describe('penalty rates read whole', () => {
  it.each([
    ['pénalités de retard au taux de 250 %', null],
    ['pénalités de retard de 10 %', 10],
    ['pénalités de retard de 12,5 % par an', 12.5],
    ['pénalités de retard de 1,5 % par mois', 18],
    ['late payment interest 100 %', 100],
  ])('%s → %s', (clause, rate) => expect(penaltyRate(clause)).toBe(rate));
});
