import { debtorView } from '../../core/app/debtor-view';
import { type Client, type LegalType, LegalTypeSchema } from '../../core/model';
import { useT } from '../i18n';

interface LegalTypeFieldsProps {
  draft: Client;
  onChange: (patch: Partial<Pick<Client, 'legalType' | 'country'>>) => void;
}

/**
 * The debtor's legal type and country (issue #15): they decide the court and the recovery
 * routes. Unset, core/law guesses them from the name, SIREN, notes and address, and the guess
 * is shown as a guess until the user picks a value.
 */
export function LegalTypeFields({ draft, onChange }: LegalTypeFieldsProps) {
  const { t } = useT();
  const { profile, countryFromAddress } = debtorView(draft);
  const guess = profile.guess;
  return (
    <>
      <label>
        {t('legal.title')}
        <select
          value={draft.legalType ?? ''}
          data-testid="client-legal-type"
          aria-describedby="client-legal-guess"
          onChange={(e) => onChange({ legalType: (e.currentTarget.value || null) as LegalType | null })}
        >
          <option value="">{t('legal.unset')}</option>
          {LegalTypeSchema.options.map((type) => (
            <option key={type} value={type}>
              {t(`legal.${type}`)}
            </option>
          ))}
        </select>
        <small id="client-legal-guess" class="muted" data-testid="client-legal-guess">
          {draft.legalType
            ? ''
            : guess
              ? t(guess.from === 'signature' ? 'legal.guessSignature' : 'legal.guess', {
                  type: t(`legal.${guess.legalType}`),
                  clue: guess.clue,
                })
              : t('legal.noGuess')}
        </small>
      </label>
      <label>
        {t('legal.country')}
        <input
          value={draft.country ?? ''}
          maxLength={2}
          placeholder={profile.debtor.country}
          data-testid="client-country"
          aria-describedby="client-country-guess"
          onInput={(e) => onChange({ country: e.currentTarget.value.trim().toUpperCase() || null })}
        />
        {!draft.country && (
          <small id="client-country-guess" class="muted">
            {countryFromAddress
              ? t('legal.countryGuess', { country: profile.debtor.country })
              : t('legal.countryDefault')}
          </small>
        )}
      </label>
    </>
  );
}
