import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO_ID, PRESET_SCENARIOS, scenarioFor, validateScenario } from '../../../core/dunning';
import { DEFAULT_SETTINGS, ScenarioSchema } from '../../../core/model';

describe('scenario presets', () => {
  it('the default scenario of the settings is the standard J+7 → J+60 ladder', () => {
    expect(DEFAULT_SETTINGS.defaultScenarioId).toBe(DEFAULT_SCENARIO_ID);
    const standard = PRESET_SCENARIOS.find((s) => s.id === 'standard')!;
    expect(standard.steps.map((s) => [s.offsetDays, s.action])).toEqual([
      [7, 'email'],
      [15, 'phone'],
      [30, 'registered_letter'],
      [45, 'formal_notice'],
      [60, 'court_filing'],
    ]);
  });

  it('every preset is a valid scenario with stable, distinct step ids', () => {
    expect(PRESET_SCENARIOS.map((s) => s.id)).toEqual(['standard', 'fast-letters', 'compact']);
    for (const preset of PRESET_SCENARIOS) expect(ScenarioSchema.parse(preset)).toEqual(preset);
    expect(PRESET_SCENARIOS[1]!.steps.map((s) => s.offsetDays)).toEqual([1, 7, 14, 21, 30, 45]);
    expect(PRESET_SCENARIOS[2]!.steps.map((s) => s.offsetDays)).toEqual([2, 7, 15, 30, 45]);
  });

  it('no preset stops before the court step: a « dernier avis » is always followed by its notice', () => {
    for (const preset of PRESET_SCENARIOS) {
      const actions = preset.steps.map((s) => s.action);
      expect(actions.at(-1), preset.id).toBe('court_filing');
      expect(actions.indexOf('formal_notice'), preset.id).toBeGreaterThan(-1);
    }
  });

  it('rejects a user scenario whose steps are out of order, with a message', () => {
    const result = validateScenario({
      id: 'mine',
      name: 'Le mien',
      steps: [
        { id: 'a', offsetDays: 10, action: 'email', template: 'email.firm', tone: 'firm' },
        { id: 'b', offsetDays: 5, action: 'email', template: 'email.courteous', tone: 'courteous' },
      ],
    });
    expect(result).toEqual({ ok: false, errors: ['steps : les étapes doivent être dans l’ordre des jours'] });
  });

  it('picks the client’s scenario, else the default, else the standard preset', () => {
    const mine = { id: 'mine', name: 'Le mien', builtIn: false, steps: PRESET_SCENARIOS[2]!.steps };
    expect(scenarioFor('mine', 'standard', [mine]).id).toBe('mine');
    expect(scenarioFor(null, 'compact', [mine]).id).toBe('compact');
    expect(scenarioFor('gone', 'gone-too', []).id).toBe('standard');
  });
});
