import { dayLabel, stepName } from '../../core/dunning';
import type { Scenario } from '../../core/model';
import { useT } from '../i18n';

interface Props {
  scenarios: readonly Scenario[];
  defaultId: string;
  onDuplicate: (s: Scenario) => void;
  onEdit: (s: Scenario) => void;
  onDelete: (s: Scenario) => void;
}

/** Every ladder, each summed up in one line (« J+7 relance courtoise → J+15 appel → … »). */
export function ScenarioList({ scenarios, defaultId, onDuplicate, onEdit, onDelete }: Props) {
  const { t, lang } = useT();
  const ladder = (s: Scenario) =>
    s.steps
      .map((step) => `${dayLabel(step.offsetDays, lang)} ${stepName(step.action, step.tone, lang)}`)
      .join(' → ');
  return (
    <ul class="scenario-list" aria-label={t('set.scenario.list')}>
      {scenarios.map((s) => (
        <li key={s.id} data-testid="scenario-item" data-scenario-id={s.id}>
          <div>
            <strong>{s.name}</strong> {s.builtIn && <span class="tag">{t('set.scenario.preset')}</span>}{' '}
            {s.id === defaultId && <span class="tag tag-ok">{t('set.scenario.isDefault')}</span>}
            <p class="muted ladder">{ladder(s)}</p>
          </div>
          <div class="actions">
            <button
              type="button"
              class="secondary small"
              onClick={() => onDuplicate(s)}
              aria-label={t('set.scenario.duplicateNamed', { name: s.name })}
              data-testid="scenario-duplicate"
            >
              {t('set.scenario.duplicate')}
            </button>
            {!s.builtIn && (
              <>
                <button
                  type="button"
                  class="secondary small"
                  onClick={() => onEdit(s)}
                  aria-label={t('set.scenario.editNamed', { name: s.name })}
                  data-testid="scenario-edit"
                >
                  {t('set.scenario.edit')}
                </button>
                <button
                  type="button"
                  class="secondary small"
                  onClick={() => onDelete(s)}
                  aria-label={t('set.scenario.deleteNamed', { name: s.name })}
                >
                  {t('set.scenario.delete')}
                </button>
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
