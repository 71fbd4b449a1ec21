/**
 * Pure edits of a scenario draft, for the editor. A draft keeps offsets as typed text so
 * that « - » or an empty field can be on screen while the user types.
 */
import { newId, type Scenario, type ScenarioStep, type StepAction, type Tone } from '../../core/model';

export interface DraftStep extends Omit<ScenarioStep, 'offsetDays'> {
  offset: string;
}
export interface Draft {
  id: string;
  name: string;
  steps: DraftStep[];
  /** The step from which penalties are claimed; null: the formal notice (core/templates/penalty-step). */
  penaltiesFromStepId?: string | null;
}

export type StepProblem = 'offset-format' | 'offset-range' | 'offset-order';

export function toDraft(s: Scenario): Draft {
  return {
    id: s.id,
    name: s.name,
    steps: s.steps.map(({ offsetDays, ...rest }) => ({ ...rest, offset: String(offsetDays) })),
    penaltiesFromStepId: s.penaltiesFromStepId ?? null,
  };
}

/**
 * A copy the user owns, with a new id (presets cannot be changed). Step ids are kept: an
 * invoice moved to the copy keeps its done steps done instead of being reminded again.
 */
export function duplicate(s: Scenario, name: string): Draft {
  return { ...toDraft(s), id: newId(), name };
}

/**
 * Up/down moves what is done (action, tone, template, id) to the neighbouring slot; the
 * days stay where they are, so the ladder stays in day order.
 */
export function moveStep(draft: Draft, index: number, delta: -1 | 1): Draft {
  const other = index + delta;
  const a = draft.steps[index];
  const b = draft.steps[other];
  if (!a || !b) return draft;
  const steps = [...draft.steps];
  steps[index] = { ...b, offset: a.offset };
  steps[other] = { ...a, offset: b.offset };
  return { ...draft, steps };
}

export function addStep(draft: Draft): Draft {
  const last = draft.steps.at(-1);
  const offset = last && /^-?\d+$/.test(last.offset) ? Number(last.offset) + 7 : 7;
  const step: DraftStep = {
    id: newId(),
    offset: String(offset),
    action: 'email',
    tone: 'firm',
    template: 'email.firm',
  };
  return { ...draft, steps: [...draft.steps, step] };
}

export function removeStep(draft: Draft, index: number): Draft {
  return { ...draft, steps: draft.steps.filter((_, i) => i !== index) };
}

/** The template follows the action and the tone (`email.firm`), as core/templates expects. */
export function updateStep(
  draft: Draft,
  index: number,
  change: Partial<{ offset: string; action: StepAction; tone: Tone }>,
): Draft {
  const steps = draft.steps.map((s, i) => {
    if (i !== index) return s;
    const next = { ...s, ...change };
    return { ...next, template: `${next.action}.${next.tone}` };
  });
  return { ...draft, steps };
}

/** Per-step problems, in the editor's words (the schema's own messages are French only). */
export function stepProblems(draft: Draft): (StepProblem | null)[] {
  let previous = Number.NEGATIVE_INFINITY;
  return draft.steps.map((s) => {
    if (!/^-?\d+$/.test(s.offset.trim())) return 'offset-format';
    const n = Number(s.offset);
    if (n < -90 || n > 3650) return 'offset-range';
    const outOfOrder = n < previous;
    previous = n;
    return outOfOrder ? 'offset-order' : null;
  });
}

/** The scenario to validate and send; offsets must have passed stepProblems. */
export function fromDraft(draft: Draft): Scenario {
  return {
    id: draft.id,
    name: draft.name.trim(),
    builtIn: false,
    steps: draft.steps.map(({ offset, ...rest }) => ({ ...rest, offsetDays: Number(offset) })),
    // A removed step's choice falls back to the formal notice.
    penaltiesFromStepId: draft.steps.some((s) => s.id === draft.penaltiesFromStepId)
      ? draft.penaltiesFromStepId
      : null,
  };
}
