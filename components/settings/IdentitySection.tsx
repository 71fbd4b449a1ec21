import { useState } from 'preact/hooks';
import { type IdentityProblems, identityToSave } from '../../core/app/settings';
import { settingsPlain } from '../../core/i18n/catalogue/settings-plain';
import { type CreditorStatus, CreditorStatusSchema, type Identity, type Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useAreaT, useT } from '../i18n';
import { Field } from './Field';
import { Section } from './Section';
import { useSettingsSave } from './use-settings-save';

const FIELDS: {
  key: keyof Identity;
  type?: 'email' | 'tel';
  multiline?: boolean;
  autoComplete?: string;
  wide?: boolean;
}[] = [
  { key: 'name', autoComplete: 'name' },
  { key: 'tradeName', autoComplete: 'organization' },
  { key: 'siret' },
  { key: 'address', multiline: true, autoComplete: 'street-address' },
  { key: 'city', autoComplete: 'address-level2' },
  { key: 'email', type: 'email', autoComplete: 'email' },
  { key: 'phone', type: 'tel', autoComplete: 'tel' },
  { key: 'iban', wide: true },
  { key: 'bic' },
  { key: 'signature', multiline: true },
];

/** Who signs the letters: printed in reminders, formal notices and the court kit. */
export function IdentitySection({ settings, send }: { settings: Settings; send: Send }) {
  const { t } = useT();
  const { t: tp } = useAreaT(settingsPlain);
  const { status, setStatus, save } = useSettingsSave(send, settings);
  const [identity, setIdentity] = useState<Identity>(settings.identity);
  const [problems, setProblems] = useState<IdentityProblems>({});
  const [creditor, setCreditor] = useState<CreditorStatus>(settings.creditorStatus);

  // Saved as it changes: the fields that pass are saved, those that do not say what to type.
  async function submit() {
    const typed = identity;
    const { identity: clean, problems: found } = identityToSave(settings.identity, typed);
    setProblems(found);
    const saved = await save({ identity: clean, creditorStatus: creditor });
    if (Object.keys(found).length > 0) setStatus({ ok: false, text: tp('sp.fieldsNotSaved') });
    // Shown as stored (IBAN by groups of four…), except what was typed since and what has a problem.
    if (saved)
      setIdentity((now) => {
        const next = { ...now };
        for (const key of Object.keys(now) as (keyof Identity)[])
          if (now[key] === typed[key] && !found[key]) next[key] = clean[key];
        return next;
      });
  }

  return (
    <Section
      id="identity"
      title={t('set.identity.title')}
      intro={t('set.identity.intro')}
      status={status}
      onSave={submit}
    >
      <div class="grid">
        {FIELDS.map(({ key, ...rest }) => (
          <Field
            key={key}
            id={`identity-${key}`}
            label={t(`set.identity.${key}`)}
            value={identity[key]}
            onInput={(value) => setIdentity({ ...identity, [key]: value })}
            error={problems[key] ? t(`set.problem.${problems[key]}`) : null}
            {...rest}
          />
        ))}
        <div class="field wide">
          <label for="identity-creditor">{t('set.creditor.label')}</label>
          <select
            id="identity-creditor"
            value={creditor}
            aria-describedby="identity-creditor-hint"
            onChange={(e) => setCreditor(CreditorStatusSchema.parse(e.currentTarget.value))}
          >
            {CreditorStatusSchema.options.map((v) => (
              <option key={v} value={v}>
                {t(`set.creditor.${v}`)}
              </option>
            ))}
          </select>
          <small id="identity-creditor-hint" class="muted">
            {t('set.creditor.hint')}
          </small>
        </div>
      </div>
    </Section>
  );
}
