import { useEffect, useState } from 'preact/hooks';
import { checkScenario } from '../../core/app/scenario-check';
import type { IsoDate, Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useT } from '../i18n';
import { Field } from './Field';
import { fromDraftForPreview, PenaltyStepField } from './PenaltyStepField';
import { StepEditor } from './StepEditor';
import type { PreviewVariant } from './StepPreview';
import {
  addStep,
  type Draft,
  fromDraft,
  moveStep,
  removeStep,
  stepProblems,
  updateStep,
} from './scenario-edit';

interface Props {
  initial: Draft;
  settings: Settings;
  send: Send;
  today: IsoDate;
  onClose: (saved: string | null) => void;
}

const VARIANTS: PreviewVariant[] = ['fr-vous', 'fr-tu', 'en'];

/** Edits a user scenario; nothing is sent until the whole ladder is valid. */
export function ScenarioEditor({ initial, settings, send, today, onClose }: Props) {
  const { t } = useT();
  const [draft, setDraft] = useState(initial);
  const [variant, setVariant] = useState<PreviewVariant>(settings.language === 'en' ? 'en' : 'fr-vous');
  const [nameError, setNameError] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [showProblems, setShowProblems] = useState(false);
  // After a move the buttons are re-rendered: keep the keyboard focus on the moved step.
  const [focusAfterMove, setFocusAfterMove] = useState<{ index: number; dir: 'up' | 'down' } | null>(null);
  const problems = stepProblems(draft);
  // Opened from a button in the list above: bring the keyboard to the editor.
  useEffect(() => document.getElementById('scenario-name')?.focus(), []);

  useEffect(() => {
    if (!focusAfterMove) return;
    const { index, dir } = focusAfterMove;
    const wanted = document.getElementById(`step-${index}-${dir}`) as HTMLButtonElement | null;
    const other = document.getElementById(`step-${index}-${dir === 'up' ? 'down' : 'up'}`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  async function submit(e: Event) {
    e.preventDefault();
    setShowProblems(true);
    setNameError(draft.name.trim() ? null : t('set.scenario.nameError'));
    if (!draft.name.trim() || problems.some(Boolean)) return setErrors([t('set.fixErrors')]);
    const checked = checkScenario(fromDraft(draft));
    if (!checked.ok) return setErrors(checked.errors);
    const answer = await send('scenario/save', { scenario: checked.scenario });
    if (!answer.ok) return setErrors([t('error.generic', { message: answer.error.message })]);
    onClose(checked.scenario.name);
  }

  return (
    <form
      class="scenario-editor"
      onSubmit={submit}
      noValidate
      aria-labelledby="scenario-editor-title"
      data-testid="scenario-editor"
    >
      <h3 id="scenario-editor-title">{t('set.scenario.editing')}</h3>
      <Field
        id="scenario-name"
        wide
        label={t('set.scenario.name')}
        value={draft.name}
        onInput={(name) => setDraft({ ...draft, name })}
        error={nameError}
      />
      <p class="muted">{t('set.scenario.orderHint')}</p>
      <div class="field inline">
        <label for="preview-variant">{t('set.preview.variant')}</label>
        <select
          id="preview-variant"
          value={variant}
          onChange={(e) => setVariant(e.currentTarget.value as PreviewVariant)}
        >
          {VARIANTS.map((v) => (
            <option key={v} value={v}>
              {t(v === 'en' ? 'set.preview.en' : v === 'fr-tu' ? 'set.preview.frTu' : 'set.preview.frVous')}
            </option>
          ))}
        </select>
      </div>
      <PenaltyStepField draft={draft} onChange={(id) => setDraft({ ...draft, penaltiesFromStepId: id })} />
      <ol class="steps">
        {draft.steps.map((step, index) => (
          <StepEditor
            // By slot: a slot keeps its day when steps move; the focus is restored by id.
            key={index}
            step={step}
            index={index}
            count={draft.steps.length}
            problem={showProblems || problems[index] === 'offset-order' ? (problems[index] ?? null) : null}
            scenario={fromDraftForPreview(draft)}
            settings={settings}
            variant={variant}
            today={today}
            onChange={(change) => setDraft(updateStep(draft, index, change))}
            onMove={(delta) => {
              setDraft(moveStep(draft, index, delta));
              setFocusAfterMove({ index: index + delta, dir: delta < 0 ? 'up' : 'down' });
            }}
            onRemove={() => setDraft(removeStep(draft, index))}
          />
        ))}
      </ol>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          disabled={draft.steps.length >= 30}
          onClick={() => setDraft(addStep(draft))}
          data-testid="step-add"
        >
          {t('set.step.add')}
        </button>
      </div>
      {errors.length > 0 && (
        <ul class="error" role="alert" data-testid="scenario-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="submit" data-testid="scenario-save">
          {t('set.scenario.save')}
        </button>
        <button type="button" class="secondary" onClick={() => onClose(null)}>
          {t('set.cancel')}
        </button>
      </div>
    </form>
  );
}
