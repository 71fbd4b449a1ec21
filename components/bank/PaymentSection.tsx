import './bank.css';
import { useState } from 'preact/hooks';
import { bank } from '../../core/i18n/catalogue/bank';
import { checkBic, checkIban, formatIban } from '../../core/identity/checks';
import { type PaymentAccount, PaymentSettingsSchema, type Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useAreaT } from '../i18n';
import { Field } from '../settings/Field';
import { Section } from '../settings/Section';
import { useSettingsSave } from '../settings/use-settings-save';

type Draft = { currency: string; iban: string; bic: string };

/** The payment block's link and per-currency accounts, and the « virement parti » wait. */
export function PaymentSection({ settings, send }: { settings: Settings; send: Send }) {
  const { t } = useAreaT(bank);
  const { status, setStatus, save } = useSettingsSave(send, settings);
  const [link, setLink] = useState(settings.payment.link);
  const [hold, setHold] = useState(String(settings.payment.holdDays));
  const [accounts, setAccounts] = useState<Draft[]>(settings.payment.accounts.map((a) => ({ ...a })));
  const linkBad = link.trim() !== '' && !PaymentSettingsSchema.shape.link.safeParse(link).success;
  const badAccount = accounts.findIndex(
    (a) =>
      !/^[A-Z]{3}$/.test(a.currency.trim().toUpperCase()) ||
      a.iban.trim() === '' ||
      checkIban(a.iban) ||
      checkBic(a.bic),
  );

  function onSave() {
    if (linkBad) return setStatus({ ok: false, text: t('pay.linkBad') });
    if (badAccount >= 0) return setStatus({ ok: false, text: t('pay.accountBad', { n: badAccount + 1 }) });
    const clean: PaymentAccount[] = accounts.map((a) => ({
      currency: a.currency.trim().toUpperCase(),
      iban: formatIban(a.iban),
      bic: a.bic.trim().toUpperCase(),
    }));
    save({ payment: { link: link.trim(), accounts: clean, holdDays: Number(hold) } });
  }

  const edit = (i: number, patch: Partial<Draft>) =>
    setAccounts(accounts.map((a, k) => (k === i ? { ...a, ...patch } : a)));
  return (
    <Section id="payment" title={t('pay.title')} intro={t('pay.intro')} status={status} onSave={onSave}>
      <Field
        id="pay-link"
        label={t('pay.link')}
        hint={t('pay.linkHint')}
        value={link}
        onInput={setLink}
        error={linkBad ? t('pay.linkBad') : null}
        wide
      />
      <Field
        id="pay-hold"
        label={t('pay.hold')}
        hint={t('pay.holdHint')}
        type="number"
        min={1}
        max={30}
        value={hold}
        onInput={setHold}
      />
      <fieldset class="pay-accounts">
        <legend>{t('pay.accounts')}</legend>
        {accounts.map((a, i) => (
          <div class="pay-account" key={String(i)}>
            <Field
              id={`pay-cur-${i}`}
              label={t('pay.currency')}
              value={a.currency}
              size={4}
              onInput={(v) => edit(i, { currency: v })}
            />
            <Field
              id={`pay-iban-${i}`}
              label={t('pay.iban')}
              value={a.iban}
              onInput={(v) => edit(i, { iban: v })}
            />
            <Field
              id={`pay-bic-${i}`}
              label={t('pay.bic')}
              value={a.bic}
              size={12}
              onInput={(v) => edit(i, { bic: v })}
            />
            <button
              type="button"
              class="secondary"
              onClick={() => setAccounts(accounts.filter((_, k) => k !== i))}
            >
              {t('pay.remove')}
            </button>
          </div>
        ))}
        {accounts.length < 10 && (
          <button
            type="button"
            class="secondary"
            data-testid="pay-add"
            onClick={() => setAccounts([...accounts, { currency: '', iban: '', bic: '' }])}
          >
            {t('pay.add')}
          </button>
        )}
      </fieldset>
    </Section>
  );
}
