import { useState } from 'preact/hooks';
import { dayLabel, stepName } from '../../core/dunning';
import { type IsoDate, type Scenario, type Settings, StepActionSchema, ToneSchema } from '../../core/model';
import { useT } from '../i18n';
import { type PreviewVariant, StepPreview } from './StepPreview';
import type { DraftStep, StepProblem } from './scenario-edit';

interface Props {
  step: DraftStep;
  index: number;
  count: number;
  problem: StepProblem | null;
  /** The ladder, for the step penalties are claimed from. */
  scenario: Pick<Scenario, 'steps' | 'penaltiesFromStepId'>;
  settings: Settings;
  variant: PreviewVariant;
  today: IsoDate;
  onChange: (change: Partial<Pick<DraftStep, 'offset' | 'action' | 'tone'>>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One rung of the ladder: its day, its action and its tone, and the text it produces. */
export function StepEditor(p: Props) {
  const { t, lang } = useT();
  const [showPreview, setShowPreview] = useState(false);
  const id = `step-${p.index}`;
  const offset = /^-?\d+$/.test(p.step.offset.trim()) ? Number(p.step.offset) : null;
  const title = t('set.step.title', {
    n: p.index + 1,
    what: `${offset === null ? '' : `${dayLabel(offset, lang)} · `}${stepName(p.step.action, p.step.tone, lang)}`,
  });
  const errorId = `${id}-error`;

  return (
    <li class="step" data-testid="step" data-action={p.step.action}>
      <fieldset>
        <legend>{title}</legend>
        <div class="step-fields">
          <div class="field">
            <label for={`${id}-offset`}>{t('set.step.offset')}</label>
            <input
              id={`${id}-offset`}
              inputMode="numeric"
              size={5}
              value={p.step.offset}
              aria-invalid={p.problem ? true : undefined}
              aria-describedby={p.problem ? errorId : undefined}
              onInput={(e) => p.onChange({ offset: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`${id}-action`}>{t('set.step.action')}</label>
            <select
              id={`${id}-action`}
              value={p.step.action}
              onChange={(e) => p.onChange({ action: StepActionSchema.parse(e.currentTarget.value) })}
            >
              {StepActionSchema.options.map((a) => (
                <option key={a} value={a}>
                  {t(`set.action.${a}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`${id}-tone`}>{t('set.step.tone')}</label>
            <select
              id={`${id}-tone`}
              value={p.step.tone}
              onChange={(e) => p.onChange({ tone: ToneSchema.parse(e.currentTarget.value) })}
            >
              {ToneSchema.options.map((tone) => (
                <option key={tone} value={tone}>
                  {t(`set.tone.${tone}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="step-buttons">
            <button
              type="button"
              class="secondary small"
              disabled={p.index === 0}
              onClick={() => p.onMove(-1)}
              id={`${id}-up`}
              aria-label={t('set.step.up', { n: p.index + 1 })}
              data-testid="step-up"
            >
              ↑
            </button>
            <button
              type="button"
              class="secondary small"
              disabled={p.index === p.count - 1}
              onClick={() => p.onMove(1)}
              id={`${id}-down`}
              aria-label={t('set.step.down', { n: p.index + 1 })}
              data-testid="step-down"
            >
              ↓
            </button>
            <button
              type="button"
              class="secondary small"
              disabled={p.count === 1}
              onClick={p.onRemove}
              aria-label={t('set.step.remove', { n: p.index + 1 })}
            >
              {t('set.step.removeShort')}
            </button>
            <button
              type="button"
              class="secondary small"
              aria-expanded={showPreview}
              onClick={() => setShowPreview(!showPreview)}
            >
              {t('set.step.preview')}
            </button>
          </div>
        </div>
        {p.problem && (
          <small id={errorId} class="error" role="alert">
            {t(`set.stepProblem.${p.problem}`)}
          </small>
        )}
        {showPreview && offset !== null && (
          <StepPreview
            step={{ ...p.step, offsetDays: offset }}
            scenario={p.scenario}
            settings={p.settings}
            variant={p.variant}
            today={p.today}
          />
        )}
      </fieldset>
    </li>
  );
}
