import { useState } from 'preact/hooks';
import { PRESET_SCENARIOS } from '../../core/dunning';
import type { IsoDate, Scenario, Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useT } from '../i18n';
import { ScenarioEditor } from './ScenarioEditor';
import { ScenarioList } from './ScenarioList';
import { Section } from './Section';
import { type Draft, duplicate, toDraft } from './scenario-edit';
import { useSettingsSave } from './use-settings-save';

interface Props {
  settings: Settings;
  scenarios: readonly Scenario[];
  send: Send;
  today: IsoDate;
}

/** The default ladder, and the user's own ladders (presets are copied, never changed). */
export function ScenarioSection({ settings, scenarios, send, today }: Props) {
  const { t } = useT();
  const { status, setStatus, save } = useSettingsSave(send, settings);
  const [defaultId, setDefaultId] = useState(settings.defaultScenarioId);
  const [editing, setEditing] = useState<Draft | null>(null);
  const [listStatus, setListStatus] = useState<string | null>(null);
  const all = [...PRESET_SCENARIOS, ...scenarios];

  async function saveDefault() {
    if (!all.some((s) => s.id === defaultId)) return setStatus({ ok: false, text: t('set.fixErrors') });
    await save({ defaultScenarioId: defaultId });
  }

  async function remove(s: Scenario) {
    if (!window.confirm(t('set.scenario.confirmDelete', { name: s.name }))) return;
    const answer = await send('scenario/delete', { scenarioId: s.id });
    setListStatus(
      answer.ok
        ? t('set.scenario.deleted', { name: s.name })
        : t('error.generic', { message: answer.error.message }),
    );
    // Invoices on a deleted default fall back to the standard preset (core/dunning scenarioFor).
    if (answer.ok && defaultId === s.id) setDefaultId(PRESET_SCENARIOS[0]!.id);
  }

  const list = (
    <>
      <h3>{t('set.scenario.list')}</h3>
      <ScenarioList
        scenarios={all}
        defaultId={settings.defaultScenarioId}
        onDuplicate={(s) => setEditing(duplicate(s, t('set.scenario.copyName', { name: s.name })))}
        onEdit={(s) => setEditing(toDraft(s))}
        onDelete={remove}
      />
      {listStatus && (
        <p class="saved" role="status" data-testid="scenario-status">
          {listStatus}
        </p>
      )}
      {editing && (
        <ScenarioEditor
          key={editing.id}
          initial={editing}
          settings={settings}
          send={send}
          today={today}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setListStatus(t('set.scenario.saved', { name: saved }));
          }}
        />
      )}
    </>
  );

  return (
    <Section
      id="scenarios"
      title={t('set.scenario.title')}
      intro={t('set.scenario.intro')}
      status={status}
      onSave={saveDefault}
      after={list}
    >
      <div class="field">
        <label for="default-scenario">{t('set.scenario.default')}</label>
        <select id="default-scenario" value={defaultId} onChange={(e) => setDefaultId(e.currentTarget.value)}>
          <optgroup label={t('set.scenario.presets')}>
            {PRESET_SCENARIOS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </optgroup>
          {scenarios.length > 0 && (
            <optgroup label={t('set.scenario.yours')}>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
    </Section>
  );
}
