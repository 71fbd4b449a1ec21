import { useEffect, useState } from 'preact/hooks';
import type { GmailAccount } from '../../core/app/gmail-accounts';
import { settingsPlain } from '../../core/i18n/catalogue/settings-plain';
import type { MailTarget, Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useAreaT, useT } from '../i18n';
import { AttachPdfSwitch } from '../sends/AttachPdfSwitch';
import { Section } from './Section';
import { useSettingsSave } from './use-settings-save';

const TARGETS: MailTarget[] = ['gmail', 'outlook', 'mailto'];

/**
 * Where « Rédiger la relance » writes: a Gmail account, Outlook on the web or the mail app.
 * The Gmail account is chosen among those signed in (read from the open Gmail tabs), by its
 * address; nobody has to know Gmail's account number.
 */
export function MailSection({ settings, send }: { settings: Settings; send: Send }) {
  const { t } = useT();
  const { t: tp } = useAreaT(settingsPlain);
  const { status, save } = useSettingsSave(send, settings);
  const [target, setTarget] = useState<MailTarget>(settings.mailTarget);
  const [account, setAccount] = useState(settings.gmailAccount);
  const [attach, setAttach] = useState(settings.attachInvoicePdf !== false);
  const [accounts, setAccounts] = useState<GmailAccount[] | null>(null);

  async function detect() {
    const answer = await send('gmail/accounts', {});
    setAccounts(answer.ok ? answer.data.accounts : []);
  }
  useEffect(() => void detect(), []);

  // The stored account stays offered even when its tab is closed now.
  const shown =
    accounts && !accounts.some((a) => a.index === account) && accounts.length > 0
      ? [...accounts, { index: account, email: null }].sort((a, b) => a.index - b.index)
      : (accounts ?? []);

  return (
    <Section
      id="mail"
      title={t('set.mail.title')}
      status={status}
      onSave={() => save({ mailTarget: target, gmailAccount: account, attachInvoicePdf: attach })}
    >
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
      <AttachPdfSwitch on={attach} onChange={setAttach} />
      {target === 'gmail' && accounts && (
        <fieldset data-testid="mail-accounts">
          <legend>{tp('sp.mail.detected')}</legend>
          {shown.length === 0 ? (
            <p class="muted">
              {tp('sp.mail.none')}{' '}
              <button type="button" class="secondary small" onClick={detect}>
                {tp('sp.mail.refresh')}
              </button>
            </p>
          ) : (
            shown.map((a) => (
              <label key={a.index} class="choice">
                <input
                  type="radio"
                  name="mail-account"
                  value={a.index}
                  checked={account === a.index}
                  onChange={() => setAccount(a.index)}
                />
                {a.email ?? tp('sp.mail.accountUnknown', { index: a.index + 1 })}
              </label>
            ))
          )}
        </fieldset>
      )}
    </Section>
  );
}
