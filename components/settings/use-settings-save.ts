import { useState } from 'preact/hooks';
import { type Settings, SettingsSchema } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useT } from '../i18n';
import type { SaveStatus } from './Section';

/**
 * Saves one section's part of the settings: the background sets it on top of the settings as
 * stored then (`settings/patch`), so another section saved a moment before keeps its values.
 * Nothing is sent unless the whole, as this page knows it, passes the schema.
 */
export function useSettingsSave(send: Send, current: Settings) {
  const { t } = useT();
  const [status, setStatus] = useState<SaveStatus | null>(null);

  async function save(patch: Partial<Settings>): Promise<boolean> {
    const parsed = SettingsSchema.safeParse({ ...current, ...patch });
    if (!parsed.success) {
      setStatus({ ok: false, text: t('set.invalid') });
      return false;
    }
    const answer = await send('settings/patch', { patch });
    setStatus(
      answer.ok
        ? { ok: true, text: t('set.saved') }
        : { ok: false, text: t('error.generic', { message: answer.error.message }) },
    );
    return answer.ok;
  }

  return { status, setStatus, save };
}
