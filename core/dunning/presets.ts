/**
 * Built-in ladders, from the timelines practitioners publish. Step ids are
 * stable: timeline events point at them, so renaming one would make a done step due again.
 */
import { type Scenario, ScenarioSchema, type ScenarioStep, type StepAction, type Tone } from '../model';

export const DEFAULT_SCENARIO_ID = 'standard';

function step(offsetDays: number, action: StepAction, tone: Tone): ScenarioStep {
  return { id: `j${offsetDays}-${action}`, offsetDays, action, template: `${action}.${tone}`, tone };
}

export const PRESET_SCENARIOS: readonly Scenario[] = [
  {
    id: DEFAULT_SCENARIO_ID,
    name: 'Standard : J+7 e-mail → J+60 injonction de payer',
    builtIn: true,
    steps: [
      step(7, 'email', 'courteous'),
      step(15, 'phone', 'firm'),
      step(30, 'registered_letter', 'insistent'),
      step(45, 'formal_notice', 'formal'),
      step(60, 'court_filing', 'formal'),
    ],
  },
  {
    id: 'fast-letters',
    name: 'Rapide par courrier : J+1 → J+45 injonction de payer',
    builtIn: true,
    // The registered letter announces the formal notice: the ladder must go on to it and to
    // the court step (legal review), not stop on a « dernier avis » with nothing after.
    steps: [
      step(1, 'email', 'courteous'),
      step(7, 'email', 'firm'),
      step(14, 'letter', 'insistent'),
      step(21, 'registered_letter', 'formal'),
      step(30, 'formal_notice', 'formal'),
      step(45, 'court_filing', 'formal'),
    ],
  },
  {
    id: 'compact',
    name: 'Compact : J+2, J+7, J+15, J+30, J+45',
    builtIn: true,
    steps: [
      step(2, 'email', 'courteous'),
      step(7, 'email', 'firm'),
      step(15, 'email', 'insistent'),
      step(30, 'formal_notice', 'formal'),
      step(45, 'court_filing', 'formal'),
    ],
  },
];

export function presetById(id: string): Scenario | undefined {
  return PRESET_SCENARIOS.find((s) => s.id === id);
}

/** The scenario for a client: its own, else the user's default, else the standard preset. */
export function scenarioFor(
  clientScenarioId: string | null,
  defaultScenarioId: string,
  scenarios: readonly Scenario[],
): Scenario {
  const all = [...scenarios, ...PRESET_SCENARIOS];
  return (
    (clientScenarioId ? all.find((s) => s.id === clientScenarioId) : undefined) ??
    all.find((s) => s.id === defaultScenarioId) ??
    PRESET_SCENARIOS[0]!
  );
}

type ScenarioValidation = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** A user scenario from the editor or an import: zod decides, errors are for the user. */
export function validateScenario(input: unknown): ScenarioValidation {
  const parsed = ScenarioSchema.safeParse(input);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) =>
      i.path.length ? `${i.path.join('.')} : ${i.message}` : i.message,
    ),
  };
}
