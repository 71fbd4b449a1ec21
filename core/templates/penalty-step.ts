/**
 * From which step a scenario's reminders claim the late-payment penalties and the 40 €
 * (issue #20). The user chooses it per scenario; by default it is the formal notice: a
 * friendly e-mail that brandishes penalties sours the relation for a few euros, while the
 * formal notice is where the law expects the claim to be stated (C. civ. art. 1344).
 */
import type { Scenario, ScenarioStep, StepAction } from '../model';

const FROM_NOTICE: readonly StepAction[] = ['formal_notice', 'court_filing'];

/** The step the penalties are claimed from when the user chose none: the first formal notice. */
export function defaultPenaltyStepId(steps: readonly Pick<ScenarioStep, 'id' | 'action'>[]): string | null {
  return (
    steps.find((s) => s.action === 'formal_notice')?.id ??
    steps.find((s) => s.action === 'court_filing')?.id ??
    null
  );
}

/**
 * Whether a reminder of `step` claims the penalties. Without the scenario (a single text, a
 * preview of one step), only a formal notice or a court filing does.
 */
export function claimsPenaltiesAt(
  scenario: Pick<Scenario, 'steps' | 'penaltiesFromStepId'> | undefined,
  step: { id?: string; action: StepAction },
): boolean {
  const fallback = FROM_NOTICE.includes(step.action);
  if (!scenario || step.id === undefined) return fallback;
  const fromId = scenario.penaltiesFromStepId || defaultPenaltyStepId(scenario.steps);
  const from = scenario.steps.findIndex((s) => s.id === fromId);
  const at = scenario.steps.findIndex((s) => s.id === step.id);
  if (from < 0 || at < 0) return fallback;
  return at >= from;
}
