import { useEffect, useState } from 'preact/hooks';
import type { Semester, SemesterRates } from '../../core/law/rates';
import type { RateOverride, Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useT } from '../i18n';
import { Field } from './Field';
import { formatDecimal, parseDecimal } from './parse-number';
import { useSettingsSave } from './use-settings-save';

interface Props {
  settings: Settings;
  send: Send;
  semester: Semester;
  label: string;
  /** The rates as shown now (the published ones, or the user's earlier correction). */
  rates: SemesterRates;
  onDone: () => void;
}

/** Corrects one semester's rates, with the source the user read them from. */
export function RateOverrideForm({ settings, send, semester, label, rates, onDone }: Props) {
  const { t, lang } = useT();
  const { status, setStatus, save } = useSettingsSave(send, settings);
  const existing = settings.rateOverrides.find((o) => o.semester === semester);
  const [ecb, setEcb] = useState(formatDecimal(rates.ecbMroPercent, lang));
  const [legal, setLegal] = useState(formatDecimal(rates.legalRatePercent, lang));
  const [source, setSource] = useState(existing?.source ?? '');
  const [errors, setErrors] = useState<{ ecb?: string; legal?: string; source?: string }>({});
  const others = settings.rateOverrides.filter((o) => o.semester !== semester);
  // The form opens above the table: bring the keyboard to it.
  useEffect(() => document.getElementById('rate-ecb')?.focus(), []);

  async function submit(e: Event) {
    e.preventDefault();
    const ecbValue = parseDecimal(ecb);
    const legalValue = parseDecimal(legal);
    const inRange = (v: number | null) => v !== null && v >= -5 && v <= 50;
    const found = {
      ecb: inRange(ecbValue) ? undefined : t('set.rates.rateError'),
      legal: inRange(legalValue) ? undefined : t('set.rates.rateError'),
      // A rate without its source cannot be checked later, nor cited in a formal notice.
      source: source.trim() ? undefined : t('set.rates.sourceError'),
    };
    setErrors(found);
    if (found.ecb || found.legal || found.source) return setStatus({ ok: false, text: t('set.fixErrors') });
    const override: RateOverride = {
      semester,
      ecbMroPercent: ecbValue,
      legalRatePercent: legalValue,
      source: source.trim(),
    };
    if (await save({ rateOverrides: [...others, override] })) onDone();
  }

  async function reset() {
    if (await save({ rateOverrides: others })) onDone();
  }

  return (
    <form
      class="rate-editor"
      onSubmit={submit}
      noValidate
      aria-labelledby="rate-editor-title"
      data-testid="rate-editor"
    >
      <h3 id="rate-editor-title">{t('set.rates.editTitle', { semester: label })}</h3>
      <div class="grid">
        <Field
          id="rate-ecb"
          label={t('set.rates.ecb')}
          inputMode="decimal"
          size={6}
          value={ecb}
          onInput={setEcb}
          error={errors.ecb}
        />
        <Field
          id="rate-legal"
          label={t('set.rates.legal')}
          inputMode="decimal"
          size={6}
          value={legal}
          onInput={setLegal}
          error={errors.legal}
        />
      </div>
      <Field
        id="rate-source"
        wide
        label={t('set.rates.source')}
        hint={t('set.rates.sourceHint')}
        value={source}
        onInput={setSource}
        error={errors.source}
      />
      <div class="actions">
        <button type="submit" data-testid="save-rate">
          {t('set.save')}
        </button>
        <button type="button" class="secondary" onClick={onDone}>
          {t('set.cancel')}
        </button>
        {existing && (
          <button type="button" class="secondary" onClick={reset}>
            {t('set.rates.reset')}
          </button>
        )}
      </div>
      {status && !status.ok && (
        <p class="error" role="alert">
          {status.text}
        </p>
      )}
    </form>
  );
}
