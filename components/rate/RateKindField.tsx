import { useState } from 'preact/hooks';
import { type RateChoice, rateFigure, rateFromForm } from '../../core/law/rate-kind';
import type { ContractualRate, Language } from '../../core/model';
import { rateT } from './strings';

const CHOICES: RateChoice[] = ['none', 'fixed', 'legal-multiple', 'ecb-plus'];

function parseFigure(text: string): number | null {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : null;
}

function figureText(n: number | null, lang: Language): string {
  return n === null ? '' : lang === 'fr' ? String(n).replace('.', ',') : String(n);
}

interface RateKindFieldProps {
  lang: Language;
  /** Prefix of the inputs' names (several forms may share a page). */
  name: string;
  initial: ContractualRate | null;
  /** The rate, null for « nothing stated », 'invalid' while the figure is unusable. */
  onChange: (rate: ContractualRate | null | 'invalid') => void;
  /** Words for another context than an invoice's (a client's agreed rate): legend and « none ». */
  legend?: string;
  noneLabel?: string;
}

/**
 * The kind of late-payment rate an invoice or the terms of sale state (legal-fr.md §7.1) and
 * its figure: a percent, a factor of the legal rate, or points over the ECB rate.
 */
export function RateKindField({ lang, name, initial, onChange, legend, noneLabel }: RateKindFieldProps) {
  const t = rateT(lang);
  const [choice, setChoice] = useState<RateChoice>(initial?.kind ?? 'none');
  const [figure, setFigure] = useState(figureText(rateFigure(initial), lang));
  const rate = rateFromForm(choice, parseFigure(figure));

  function update(nextChoice: RateChoice, nextFigure: string) {
    setChoice(nextChoice);
    setFigure(nextFigure);
    onChange(rateFromForm(nextChoice, parseFigure(nextFigure)));
  }

  const figureLabel =
    choice === 'fixed'
      ? t('rateKind.figureFixed')
      : choice === 'legal-multiple'
        ? t('rateKind.figureLegal')
        : t('rateKind.figureEcb');
  const defaults: Record<RateChoice, string> = {
    none: '',
    fixed: '',
    'legal-multiple': '3',
    'ecb-plus': '10',
  };
  return (
    <fieldset class="rate-kind" data-testid={`${name}-rate-kind`}>
      <legend>{legend ?? t('rateKind.legend')}</legend>
      <label class="field">
        <span>{t('rateKind.kindLabel')}</span>
        <select
          name={`${name}-rate-kind`}
          value={choice}
          onChange={(e) => {
            const next = e.currentTarget.value as RateChoice;
            // A figure means something else for each kind: start from the usual one.
            update(next, choice === next ? figure : defaults[next]);
          }}
        >
          {CHOICES.map((c) => (
            <option key={c} value={c}>
              {c === 'none' && noneLabel ? noneLabel : t(`rateKind.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {choice !== 'none' && (
        <label class="field">
          <span>{figureLabel}</span>
          <input
            name={`${name}-rate-figure`}
            inputMode="decimal"
            size={6}
            value={figure}
            aria-invalid={rate === 'invalid'}
            onInput={(e) => update(choice, e.currentTarget.value)}
          />
        </label>
      )}
      {rate === 'invalid' && (
        <p class="error" role="alert">
          {t('rateKind.invalid')}
        </p>
      )}
    </fieldset>
  );
}
