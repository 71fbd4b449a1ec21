import { useState } from 'preact/hooks';
import { clauseOfRate, type PenaltyClauseChoice, rateOfClause } from '../../core/identity/mention-defaults';
import { parseDecimal } from '../settings/parse-number';
import { Choice, SaveButton } from './controls';
import { useWelcomeT } from './strings';
import type { StepProps } from './Welcome';

type ClauseKind = PenaltyClauseChoice['kind'];
const KINDS: readonly ClauseKind[] = ['legal-multiple', 'fixed', 'ecb-plus', 'none'];

/**
 * What your invoices print: the penalty clause (its rate becomes the terms-of-sale default), the
 * 40 € mention and the VAT franchise; they stand for the mentions of invoices no document told.
 */
export function MentionsStep({ settings, save }: StepProps) {
  const { t } = useWelcomeT();
  const known = settings.mentionDefaults;
  const start = clauseOfRate(settings.defaultContractualRate, known?.penaltyRate ?? true);
  const [kind, setKind] = useState<ClauseKind>(known ? start.kind : 'legal-multiple');
  const [percent, setPercent] = useState(start.kind === 'fixed' ? String(start.percent) : '12');
  const [points, setPoints] = useState(start.kind === 'ecb-plus' ? String(start.points) : '10');
  const [indemnity, setIndemnity] = useState(known?.recoveryIndemnity ?? true);
  const [vat, setVat] = useState(known?.vatFranchise ?? false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    let choice: PenaltyClauseChoice = { kind: kind as 'legal-multiple' | 'none' };
    if (kind === 'fixed' || kind === 'ecb-plus') {
      const max = kind === 'fixed' ? 100 : 50;
      const value = parseDecimal(kind === 'fixed' ? percent : points);
      if (value === null || value < 0 || value > max) return setProblem(t('problem.rate', { max }));
      choice = kind === 'fixed' ? { kind, percent: value } : { kind, points: value };
    }
    setProblem(null);
    const rate = rateOfClause(choice);
    await save({
      defaultContractualRate: rate,
      defaultContractualRatePercent: rate?.kind === 'fixed' ? rate.percent : null,
      mentionDefaults: { penaltyRate: kind !== 'none', recoveryIndemnity: indemnity, vatFranchise: vat },
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="welcome-mentions-form">
      <p>{t('mentions.intro')}</p>
      <fieldset>
        <legend>{t('mentions.clause')}</legend>
        {KINDS.map((k) => (
          <Choice
            key={k}
            group="clause"
            value={k}
            checked={kind === k}
            onChoose={() => setKind(k)}
            label={t(`mentions.${k}`)}
          >
            {k === 'fixed' && kind === 'fixed' && (
              <input
                aria-label={t('mentions.fixedPercent')}
                inputMode="decimal"
                size={5}
                value={percent}
                onInput={(e) => setPercent(e.currentTarget.value)}
                data-testid="welcome-clause-percent"
              />
            )}
            {k === 'ecb-plus' && kind === 'ecb-plus' && (
              <input
                aria-label={t('mentions.ecbPoints')}
                inputMode="decimal"
                size={4}
                value={points}
                onInput={(e) => setPoints(e.currentTarget.value)}
                data-testid="welcome-clause-points"
              />
            )}
          </Choice>
        ))}
        {problem && (
          <p class="error" role="alert">
            {problem}
          </p>
        )}
      </fieldset>
      <div class="field inline">
        <input
          type="checkbox"
          id="welcome-indemnity"
          checked={indemnity}
          onChange={(e) => setIndemnity(e.currentTarget.checked)}
        />
        <label for="welcome-indemnity">{t('mentions.indemnity')}</label>
      </div>
      <div class="field inline">
        <input
          type="checkbox"
          id="welcome-vat"
          checked={vat}
          onChange={(e) => setVat(e.currentTarget.checked)}
        />
        <label for="welcome-vat">{t('mentions.vat')}</label>
      </div>
      <SaveButton />
    </form>
  );
}
