import { dayLabel, stepName } from '../../core/dunning';
import { templates as area } from '../../core/i18n/catalogue/templates';
import type { Scenario } from '../../core/model';
import { useAreaT } from '../i18n';
import type { Draft } from './scenario-edit';

/** The draft as the previews need it: steps whose day is not a number yet keep day 0. */
export function fromDraftForPreview(draft: Draft): Pick<Scenario, 'steps' | 'penaltiesFromStepId'> {
  return {
    steps: draft.steps.map(({ offset, ...rest }) => ({
      ...rest,
      offsetDays: /^-?\d+$/.test(offset.trim()) ? Number(offset) : 0,
    })),
    penaltiesFromStepId: draft.penaltiesFromStepId ?? null,
  };
}

/** « Pénalités et 40 € réclamés à partir de l’étape … »: the formal notice unless chosen. */
export function PenaltyStepField({
  draft,
  onChange,
}: {
  draft: Draft;
  onChange: (id: string | null) => void;
}) {
  const { t, lang } = useAreaT(area);
  return (
    <div class="field">
      <label for="penalties-from">{t('tpl.penaltiesFrom')}</label>
      <select
        id="penalties-from"
        data-testid="penalties-from"
        value={draft.penaltiesFromStepId ?? ''}
        onChange={(e) => onChange(e.currentTarget.value || null)}
      >
        <option value="">{t('tpl.penaltiesFrom.default')}</option>
        {draft.steps.map((s, i) => {
          const day = /^-?\d+$/.test(s.offset.trim()) ? `${dayLabel(Number(s.offset), lang)} · ` : '';
          return (
            <option key={s.id} value={s.id}>
              {`${i + 1}. ${day}${stepName(s.action, s.tone, lang)}`}
            </option>
          );
        })}
      </select>
    </div>
  );
}
