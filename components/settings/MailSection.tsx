import { useState } from 'preact/hooks';
import type { MailTarget, Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useT } from '../i18n';
import { AttachPdfSwitch } from '../sends/AttachPdfSwitch';
import { Field } from './Field';
import { Section } from './Section';
import { useSettingsSave } from './use-settings-save';

const TARGETS: MailTarget[] = ['gmail', 'outlook', 'mailto'];

/** Where « Rédiger la relance » writes: a Gmail account, Outlook on the web or the mail app. */
export function MailSection({ settings, send }: { settings: Settings; send: Send }) {
  const { t } = useT();
  const { status, setStatus, save } = useSettingsSave(send, settings);
  const [target, setTarget] = useState<MailTarget>(settings.mailTarget);
  const [account, setAccount] = useState(String(settings.gmailAccount));
  const [accountError, setAccountError] = useState<string | null>(null);

  async function submit() {
    const n = Number(account);
    const valid = /^\d{1,2}$/.test(account.trim()) && n <= 20;
    setAccountError(valid ? null : t('set.mail.accountError'));
    if (!valid) return setStatus({ ok: false, text: t('set.fixErrors') });
    await save({ mailTarget: target, gmailAccount: n });
  }

  return (
    <Section id="mail" title={t('set.mail.title')} status={status} onSave={submit}>
      <fieldset>
        <legend>{t('set.mail.target')}</legend>
        {TARGETS.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="mail-target"
              value={value}
              checked={target === value}
              onChange={() => setTarget(value)}
            />
            {t(`set.mail.${value}`)}
          </label>
        ))}
      </fieldset>
      <AttachPdfSwitch settings={settings} send={send} />
      {target === 'gmail' && (
        <Field
          id="mail-account"
          label={t('set.mail.account')}
          hint={t('set.mail.accountHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={20}
          size={4}
          value={account}
          onInput={setAccount}
          error={accountError}
        />
      )}
    </Section>
  );
}
