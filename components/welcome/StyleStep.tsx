import { useState } from 'preact/hooks';
import { PRESET_SCENARIOS } from '../../core/dunning/presets';
import type { Addressing, Scenario } from '../../core/model';
import { Choice, SaveButton } from './controls';
import { useWelcomeT } from './strings';
import type { StepProps } from './Welcome';

/** Tu or vous for new clients, and the ladder they start on (each client can change both). */
export function StyleStep({ settings, save, scenarios }: StepProps & { scenarios: readonly Scenario[] }) {
  const { t } = useWelcomeT();
  const [addressing, setAddressing] = useState<Addressing>(settings.defaultAddressing);
  const [scenarioId, setScenarioId] = useState(settings.defaultScenarioId);
  const choices = [
    ...PRESET_SCENARIOS,
    ...scenarios.filter((s) => !PRESET_SCENARIOS.some((p) => p.id === s.id)),
  ];

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save({ defaultAddressing: addressing, defaultScenarioId: scenarioId });
      }}
      data-testid="welcome-style-form"
    >
      <p>{t('style.intro')}</p>
      <fieldset>
        <legend>{t('style.addressing')}</legend>
        {(['vous', 'tu'] as const).map((a) => (
          <Choice
            key={a}
            group="addressing"
            value={a}
            checked={addressing === a}
            onChoose={() => setAddressing(a)}
            label={t(`style.${a}`)}
          />
        ))}
      </fieldset>
      <div class="field wide">
        <label for="welcome-scenario">{t('style.scenario')}</label>
        <select
          id="welcome-scenario"
          value={scenarioId}
          onChange={(e) => setScenarioId(e.currentTarget.value)}
        >
          {choices.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <SaveButton />
    </form>
  );
}
