import type { Ladder, LadderStep } from '../../core/dashboard';
import { formatDate } from '../../core/dates';
import { dayLabel, stepName } from '../../core/dunning';
import type { IsoDate } from '../../core/model';
import { type Translate, useT } from '../i18n';

/** The scenario's steps as a vertical timeline; the state is written out, never colour alone. */
export function LadderTimeline({ ladder, today }: { ladder: Ladder; today: IsoDate }) {
  const { t, lang } = useT();
  return (
    <section aria-labelledby="ladder-title" class="card">
      <h3 id="ladder-title">{t('dash.ladder.title')}</h3>
      <ol class="ladder" data-testid="ladder">
        {ladder.steps.map((s) => (
          <li
            key={s.step.id}
            class={`ladder-step ladder-${s.state}`}
            data-testid="ladder-step"
            data-state={s.state}
            data-step={s.step.id}
          >
            <span class="ladder-mark" aria-hidden="true" />
            <div>
              <strong>
                {dayLabel(s.step.offsetDays, lang)} · {stepName(s.step.action, s.step.tone, lang)}
              </strong>{' '}
              <span class="ladder-state">{stateText(s, today, t, lang)}</span>
              <div class="muted small">
                {t('dash.ladder.planned', {
                  day: dayLabel(s.step.offsetDays, lang),
                  date: formatDate(s.plannedOn, lang),
                })}
              </div>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function stateText(s: LadderStep, today: IsoDate, t: Translate, lang: 'fr' | 'en'): string {
  const date = (d: IsoDate) => formatDate(d, lang);
  switch (s.state) {
    case 'done':
      return s.channel
        ? t('dash.ladder.doneVia', { date: date(s.doneOn!), channel: t(`channel.${s.channel}`) })
        : t('dash.ladder.done', { date: date(s.doneOn!) });
    case 'skipped':
      return t('dash.ladder.skipped', { date: date(s.doneOn!) });
    case 'passed':
      return t('dash.ladder.passed');
    case 'due':
      return s.dueOn && s.dueOn < today
        ? t('dash.ladder.dueSince', { date: date(s.dueOn) })
        : t('dash.ladder.dueToday');
    case 'upcoming':
      return t('dash.ladder.upcoming', { date: date(s.dueOn ?? s.plannedOn) });
    case 'paused':
      return t('dash.ladder.paused');
    case 'cancelled':
      return t('dash.ladder.cancelled');
  }
}
