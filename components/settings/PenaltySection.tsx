import { useState } from 'preact/hooks';
import {
  type ContractualRate,
  effectiveContractualRate,
  legacyRatePercent,
  type Settings,
} from '../../core/model';
import type { Send } from '../../core/protocol';
import { useT } from '../i18n';
import { RateKindField } from '../rate/RateKindField';
import { Field } from './Field';
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
  const initial = effectiveContractualRate({
    contractualRate: settings.defaultContractualRate,
    contractualRatePercent: settings.defaultContractualRatePercent,
  });
  const [rate, setRate] = useState<ContractualRate | null | 'invalid'>(initial);
  const [delay, setDelay] = useState(String(settings.formalNoticeDelayDays));
  const [errors, setErrors] = useState<{ rate?: string; delay?: string }>({});

  async function submit() {
    const parsedDelay = /^\d+$/.test(delay.trim()) ? Number(delay) : Number.NaN;
    const found = {
      rate: rate === 'invalid' ? t('set.penalty.rateError') : undefined,
      delay: parsedDelay >= 8 && parsedDelay <= 15 ? undefined : t('set.penalty.delayError'),
    };
    setErrors(found);
    if (found.rate || found.delay || rate === 'invalid')
      return setStatus({ ok: false, text: t('set.fixErrors') });
    await save({
      // The kind wins; the legacy percent mirrors a fixed rate for older readers.
      defaultContractualRate: rate,
      defaultContractualRatePercent: legacyRatePercent(rate),
      formalNoticeDelayDays: parsedDelay,
    });
  }

  return (
    <Section id="penalty" title={t('set.penalty.title')} status={status} onSave={submit}>
      <p class="hint">{t('set.penalty.clause')}</p>
      <RateKindField lang={lang} name="settings" initial={initial} onChange={setRate} />
      {errors.rate && (
        <p class="error" role="alert">
          {errors.rate}
        </p>
      )}
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
