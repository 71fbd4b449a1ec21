import { useState } from 'preact/hooks';
import { type CreditorStatus, CreditorStatusSchema, type Identity, type Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useT } from '../i18n';
import { Field } from './Field';
import {
  checkBic,
  checkEmail,
  checkIban,
  checkPhone,
  checkSiren,
  checkSiret,
  digitsOnly,
  formatIban,
  type IdentityProblem,
} from './identity-checks';
import { Section } from './Section';
import { useSettingsSave } from './use-settings-save';

type Problems = Partial<Record<keyof Identity, IdentityProblem>>;

function problemsOf(identity: Identity): Problems {
  const found: Problems = {
    siren: checkSiren(identity.siren) ?? undefined,
    siret: checkSiret(identity.siret, identity.siren) ?? undefined,
    iban: checkIban(identity.iban) ?? undefined,
    bic: checkBic(identity.bic) ?? undefined,
    email: checkEmail(identity.email) ?? undefined,
    phone: checkPhone(identity.phone) ?? undefined,
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as Problems;
}

/** Stored the way letters print them: digits only for SIREN/SIRET, IBAN by groups of four. */
function normalized(identity: Identity): Identity {
  const trimmed = Object.fromEntries(Object.entries(identity).map(([k, v]) => [k, v.trim()])) as Identity;
  return {
    ...trimmed,
    siren: digitsOnly(trimmed.siren),
    siret: digitsOnly(trimmed.siret),
    iban: formatIban(trimmed.iban),
    bic: trimmed.bic.toUpperCase(),
  };
}

const FIELDS: {
  key: keyof Identity;
  type?: 'email' | 'tel';
  multiline?: boolean;
  autoComplete?: string;
  wide?: boolean;
}[] = [
  { key: 'name', autoComplete: 'name' },
  { key: 'tradeName', autoComplete: 'organization' },
  { key: 'siren' },
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
  const { status, setStatus, save } = useSettingsSave(send, settings);
  const [identity, setIdentity] = useState<Identity>(settings.identity);
  const [problems, setProblems] = useState<Problems>({});
  const [creditor, setCreditor] = useState<CreditorStatus>(settings.creditorStatus);

  async function submit() {
    const found = problemsOf(identity);
    setProblems(found);
    if (Object.keys(found).length > 0) return setStatus({ ok: false, text: t('set.fixErrors') });
    const clean = normalized(identity);
    if (await save({ identity: clean, creditorStatus: creditor })) setIdentity(clean);
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
