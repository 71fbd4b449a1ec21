/**
 * « Où en êtes-vous ? » (issue #19): asked when a late invoice starts being tracked, in the
 * Gmail card, the file import and the page-detection confirm. It only gathers the answer;
 * core/dunning/whereabouts turns it into events and the engine places the invoice. Its own
 * catalogue area, so the Gmail content script carries just these few lines.
 */
import { whereabouts as area } from '../../core/i18n/catalogue/whereabouts';
import { translator } from '../../core/i18n/translate';
import type { Language } from '../../core/model';
import type { Whereabouts } from '../../core/model/whereabouts';

const REACHED = ['nothing', 'email', 'call', 'formal_notice'] as const;

interface Props {
  lang: Language;
  value: Whereabouts;
  onChange: (value: Whereabouts) => void;
  /** Local calendar day: no date after it. */
  today: string;
  /** Names the radio group (several forms may be on one page). */
  name: string;
  /** The question under the title; the single-invoice one by default. */
  ask?: string;
}

/** An answer the user has not touched: nothing done, typed by the user. */
export const NOTHING_YET: Whereabouts = { reached: 'nothing', on: null, source: 'user' };

export function WhereaboutsField({ lang, value, onChange, today, name, ask }: Props) {
  const t = translator(area, lang);
  // Any change is the user's answer, even when it started from the thread's reading.
  const set = (next: Partial<Whereabouts>) => onChange({ ...value, ...next, source: 'user' });
  return (
    <fieldset class="whereabouts" data-testid={`whereabouts-${name}`}>
      <legend>{t('where.title')}</legend>
      <p class="muted">{ask ?? t('where.ask')}</p>
      {REACHED.map((r) => (
        <label key={r} class="choice">
          <input
            type="radio"
            name={`where-${name}`}
            value={r}
            checked={value.reached === r}
            onChange={() => set({ reached: r })}
          />{' '}
          {t(`where.${r}`)}
        </label>
      ))}
      {value.reached !== 'nothing' && (
        <label class="field">
          <span>{t('where.on')}</span>
          <input
            type="date"
            name={`where-on-${name}`}
            max={today}
            value={value.on ?? ''}
            onInput={(e) => {
              const day = e.currentTarget.value;
              set({ on: day && day <= today ? day : null });
            }}
          />
          <small class="muted">{t('where.onHint')}</small>
        </label>
      )}
      {value.source === 'gmail-thread' && <p class="muted">{t('where.fromThread')}</p>}
    </fieldset>
  );
}
