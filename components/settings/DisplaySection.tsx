import { useState } from 'preact/hooks';
import type { Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { type PlainKey, useT } from '../i18n';
import { Section } from './Section';
import { useSettingsSave } from './use-settings-save';

const LANGUAGES = ['auto', 'fr', 'en'] as const;
const THEMES = ['system', 'light', 'dark'] as const;

/** The same rule as components/mount.tsx, applied at once so the user sees the result. */
function applyTheme(theme: Settings['theme']) {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export function DisplaySection({ settings, send }: { settings: Settings; send: Send }) {
  const { t } = useT();
  const { status, setStatus, save } = useSettingsSave(send, settings);
  const [language, setLanguage] = useState(settings.language);
  const [theme, setTheme] = useState(settings.theme);

  async function submit() {
    if (!(await save({ language, theme }))) return;
    applyTheme(theme);
    // The language is read when a page opens (mount.tsx): say so rather than reload under the user.
    if (language !== settings.language) setStatus({ ok: true, text: t('set.display.reload') });
  }

  const choice = (
    name: 'language' | 'theme',
    values: readonly string[],
    value: string,
    set: (v: string) => void,
  ) => (
    <div class="field">
      <label for={`display-${name}`}>{t(`set.display.${name}`)}</label>
      <select id={`display-${name}`} value={value} onChange={(e) => set(e.currentTarget.value)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`set.display.${name}.${v}` as PlainKey)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <Section id="display" title={t('set.display.title')} status={status} onSave={submit}>
      <div class="grid">
        {choice('language', LANGUAGES, language, (v) => setLanguage(v as Settings['language']))}
        {choice('theme', THEMES, theme, (v) => setTheme(v as Settings['theme']))}
      </div>
    </Section>
  );
}
