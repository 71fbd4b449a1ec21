import { describe, expect, it } from 'vitest';
import {
  addStep,
  duplicate,
  fromDraft,
  moveStep,
  removeStep,
  stepProblems,
  updateStep,
} from '../../../components/settings/scenario-edit';
import { presetById, validateScenario } from '../../../core/dunning';

const standard = presetById('standard')!;

describe('editing a scenario', () => {
  it('a duplicate of a preset is the user’s own, with the same step ids', () => {
    const copy = duplicate(standard, 'Le mien');
    expect(copy.id).not.toBe(standard.id);
    expect(copy.steps.map((s) => s.id)).toEqual(standard.steps.map((s) => s.id));
    const scenario = fromDraft(copy);
    expect(scenario.builtIn).toBe(false);
    expect(validateScenario(scenario).ok).toBe(true);
  });

  it('moving a step swaps what is done, the days stay in order', () => {
    const moved = moveStep(duplicate(standard, 'x'), 1, -1);
    expect(moved.steps.slice(0, 2).map((s) => [s.offset, s.action])).toEqual([
      ['7', 'phone'],
      ['15', 'email'],
    ]);
    expect(validateScenario(fromDraft(moved)).ok).toBe(true);
    expect(moveStep(moved, 0, -1)).toBe(moved);
  });

  it('adds a step a week after the last, removes one, keeps template = action.tone', () => {
    let d = addStep(duplicate(standard, 'x'));
    expect(d.steps.at(-1)).toMatchObject({ offset: '67', template: 'email.firm' });
    d = updateStep(d, 5, { action: 'letter', tone: 'insistent' });
    expect(d.steps[5]?.template).toBe('letter.insistent');
    d = removeStep(d, 0);
    expect(d.steps).toHaveLength(5);
    expect(validateScenario(fromDraft(d)).ok).toBe(true);
  });

  it('says which step is wrong: not a number, out of range, out of order', () => {
    let d = duplicate(standard, 'x');
    d = updateStep(d, 1, { offset: '-' });
    d = updateStep(d, 2, { offset: '5000' });
    d = updateStep(d, 4, { offset: '40' });
    expect(stepProblems(d)).toEqual([null, 'offset-format', 'offset-range', null, 'offset-order']);
  });
});
