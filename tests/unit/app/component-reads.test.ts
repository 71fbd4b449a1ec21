/** The small read models components call instead of core/dunning and core/law. */
import { describe, expect, it } from 'vitest';
import { debtorView } from '../../../core/app/debtor-view';
import { dueDateOf } from '../../../core/app/due-date';
import { instalmentPlan } from '../../../core/app/instalments';
import { checkScenario } from '../../../core/app/scenario-check';
import { PRESET_SCENARIOS } from '../../../core/dunning';
import { newClient } from '../../../core/model';

describe('read models for components', () => {
  it('splits what is left into equal monthly instalments, the last one taking the rounding', () => {
    const plan = instalmentPlan(100_00, 3, '2026-12-10');
    expect(plan.map((p) => p.amountCents)).toEqual([33_33, 33_33, 33_34]);
    expect(plan.map((p) => p.date)).toEqual(['2026-12-10', '2027-01-10', '2027-02-10']);
  });

  it('derives the due date from the terms when only terms are stated', () => {
    expect(dueDateOf({ paymentTerms: 'payable à 30 jours', issueDate: '2026-02-20' })).toEqual({
      dueDate: '2026-03-22',
    });
    expect(dueDateOf({ paymentTerms: '30 jours', issueDate: null })).toEqual({ dueDate: null });
  });

  it('guesses the legal type from the name, ignoring what the user picked, and says when the address gave the country', () => {
    const client = newClient({ name: 'Atelier Dupont SARL', kind: 'pro', legalType: 'artisan' });
    const view = debtorView({ ...client, address: '12 rue des Lilas\n75011 Paris\nFrance' });
    expect(view.profile.guess).toMatchObject({
      legalType: 'commercial',
      clue: expect.stringMatching(/SARL/),
    });
    expect(view.countryFromAddress).toBe(true);
    expect(debtorView({ ...client, address: null }).countryFromAddress).toBe(false);
  });

  it('refuses a scenario with no step and accepts a preset', () => {
    expect(checkScenario({ id: 'x', name: 'Vide', steps: [] }).ok).toBe(false);
    expect(checkScenario(PRESET_SCENARIOS[0]).ok).toBe(true);
  });
});
