import { useState } from 'preact/hooks';
import type { Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { type PlainKey, useT } from '../i18n';
import { Field } from './Field';
import { Section } from './Section';
import { useSettingsSave } from './use-settings-save';

/** Monday first, as in a French calendar; values are JavaScript's 0 = Sunday. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];
const pad = (n: number) => String(n).padStart(2, '0');

export function NotificationsSection({ settings, send }: { settings: Settings; send: Send }) {
  const { t } = useT();
  const { status, setStatus, save } = useSettingsSave(send, settings);
  const n = settings.notifications;
  const [time, setTime] = useState(`${pad(n.hour)}:${pad(n.minute)}`);
  const [days, setDays] = useState<number[]>(n.days);
  const [digest, setDigest] = useState(n.digest);
  const [highStakes, setHighStakes] = useState(n.highStakes);
  const [timeError, setTimeError] = useState<string | null>(null);

  async function submit() {
    const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
    setTimeError(match ? null : t('set.notif.timeError'));
    if (!match) return setStatus({ ok: false, text: t('set.fixErrors') });
    await save({
      notifications: {
        hour: Number(match[1]),
        minute: Number(match[2]),
        days: [...days].sort(),
        digest,
        highStakes,
      },
    });
  }

  const toggleDay = (d: number, on: boolean) => setDays(on ? [...days, d] : days.filter((x) => x !== d));

  return (
    <Section
      id="notifications"
      title={t('set.notif.title')}
      intro={t('set.notif.intro')}
      status={status}
      onSave={submit}
    >
      <Field
        id="notif-time"
        type="time"
        label={t('set.notif.time')}
        value={time}
        onInput={setTime}
        error={timeError}
      />
      <fieldset>
        <legend>{t('set.notif.days')}</legend>
        {WEEK.map((d) => (
          <label key={d} class="choice">
            <input
              type="checkbox"
              checked={days.includes(d)}
              onChange={(e) => toggleDay(d, e.currentTarget.checked)}
              data-testid={`notif-day-${d}`}
            />
            {t(`set.day.${d}` as PlainKey)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('set.notif.kinds')}</legend>
        <label class="choice">
          <input type="checkbox" checked={digest} onChange={(e) => setDigest(e.currentTarget.checked)} />
          {t('set.notif.digest')}
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={highStakes}
            onChange={(e) => setHighStakes(e.currentTarget.checked)}
          />
          {t('set.notif.highStakes')}
        </label>
      </fieldset>
    </Section>
  );
}
