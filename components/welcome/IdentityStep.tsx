import { useState } from 'preact/hooks';
import { sirenFromSiret } from '../../core/identity/checks';
import type { SignatureImage } from '../../core/model';
import { Field } from '../settings/Field';
import { SaveButton } from './controls';
import {
  type FormField,
  type FormProblem,
  type IdentityForm,
  identityFrom,
  identityProblems,
} from './identity-form';
import { SignatureField } from './SignatureField';
import { useWelcomeT, type WelcomeKey } from './strings';
import type { StepProps } from './Welcome';

const FIELDS: {
  key: FormField;
  multiline?: boolean;
  autoComplete?: string;
  type?: 'email';
  wide?: boolean;
}[] = [
  { key: 'name', autoComplete: 'name' },
  { key: 'tradeName', autoComplete: 'organization' },
  { key: 'siret' },
  { key: 'address', multiline: true, autoComplete: 'street-address' },
  { key: 'city', autoComplete: 'address-level2' },
  { key: 'email', type: 'email', autoComplete: 'email' },
  { key: 'iban', wide: true },
  { key: 'bic' },
];

/** Who you are: printed at the head of every letter and in the formal notice's payment block. */
export function IdentityStep({ settings, save }: StepProps) {
  const { t } = useWelcomeT();
  const [form, setForm] = useState<IdentityForm>(() => ({ ...settings.identity }));
  const [image, setImage] = useState<SignatureImage | null>(settings.signatureImage);
  const [problems, setProblems] = useState<Partial<Record<FormField, FormProblem>>>({});
  const siren = sirenFromSiret(form.siret);

  async function submit(e: Event) {
    e.preventDefault();
    const found = identityProblems(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    await save({ identity: identityFrom(form, settings.identity), signatureImage: image });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="welcome-identity-form">
      <p>{t('identity.intro')}</p>
      {Object.values(problems).some(Boolean) && (
        <p class="error" role="alert">
          {t('fixErrors')}
        </p>
      )}
      <div class="grid">
        {FIELDS.map(({ key, ...rest }) => (
          <Field
            key={key}
            id={`welcome-${key}`}
            label={t(`identity.${key}` as WelcomeKey)}
            value={form[key]}
            onInput={(value) => {
              setForm({ ...form, [key]: value });
              // A corrected field loses its message at once; the others keep theirs until saved.
              if (problems[key]) setProblems({ ...problems, [key]: undefined });
            }}
            error={problems[key] ? t(`problem.${problems[key]}` as WelcomeKey) : null}
            hint={key === 'siret' ? t('identity.siretHint') : undefined}
            {...rest}
          >
            {key === 'siret' && siren && (
              <small class="ok" data-testid="welcome-siren">
                {t('identity.sirenFound', { siren: siren.replace(/(\d{3})(?=\d)/g, '$1 ') })}
              </small>
            )}
          </Field>
        ))}
        <SignatureField value={image} onChange={setImage} />
      </div>
      <SaveButton />
    </form>
  );
}
