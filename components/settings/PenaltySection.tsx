import { useState } from 'preact/hooks';
import type { Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useT } from '../i18n';
import { Field } from './Field';
import { formatDecimal, parseDecimal } from './parse-number';
import { Section } from './Section';
import { useSettingsSave } from './use-settings-save';

/**
 * The penalty clause of the user's terms of sale, used when an invoice states none. Without
 * one, C. com. L441-10 II applies the ECB rate + 10 points; a clause may not go below three
 * times the legal interest rate (the rules in core/law enforce the floor).
 */
export function PenaltySection({ settings, send }: { settings: Settings; send: Send }) {
  const { t, lang } = useT();
  const { status, setStatus, save } = useSettingsSave(send, settings);
  const initial = settings.defaultContractualRatePercent;
  const [hasClause, setHasClause] = useState(initial !== null);
  const [rate, setRate] = useState(initial === null ? '' : formatDecimal(initial, lang));
  const [delay, setDelay] = useState(String(settings.formalNoticeDelayDays));
  const [errors, setErrors] = useState<{ rate?: string; delay?: string }>({});

  async function submit() {
    const parsedRate = parseDecimal(rate);
    const parsedDelay = /^\d+$/.test(delay.trim()) ? Number(delay) : Number.NaN;
    const found = {
      rate:
        hasClause && (parsedRate === null || parsedRate <= 0 || parsedRate > 100)
          ? t('set.penalty.rateError')
          : undefined,
      delay: parsedDelay >= 8 && parsedDelay <= 15 ? undefined : t('set.penalty.delayError'),
    };
    setErrors(found);
    if (found.rate || found.delay) return setStatus({ ok: false, text: t('set.fixErrors') });
    await save({
      defaultContractualRatePercent: hasClause ? parsedRate : null,
      formalNoticeDelayDays: parsedDelay,
    });
  }

  return (
    <Section id="penalty" title={t('set.penalty.title')} status={status} onSave={submit}>
      <fieldset>
        <legend>{t('set.penalty.clause')}</legend>
        <label class="choice">
          <input
            type="radio"
            name="penalty-clause"
            checked={!hasClause}
            onChange={() => setHasClause(false)}
          />
          {t('set.penalty.none')}
        </label>
        <label class="choice">
          <input type="radio" name="penalty-clause" checked={hasClause} onChange={() => setHasClause(true)} />
          {t('set.penalty.own')}
        </label>
        {hasClause && (
          <Field
            id="penalty-rate"
            label={t('set.penalty.rate')}
            hint={t('set.penalty.rateHint')}
            inputMode="decimal"
            size={6}
            value={rate}
            onInput={setRate}
            error={errors.rate}
          />
        )}
      </fieldset>
      <Field
        id="penalty-delay"
        label={t('set.penalty.delay')}
        hint={t('set.penalty.delayHint')}
        type="number"
        inputMode="numeric"
        min={8}
        max={15}
        size={4}
        value={delay}
        onInput={setDelay}
        error={errors.delay}
      />
    </Section>
  );
}
