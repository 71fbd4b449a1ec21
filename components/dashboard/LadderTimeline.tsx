import type { StepWhen } from '../../core/app/invoice-status';
import type { Ladder } from '../../core/dashboard';
import { formatDate } from '../../core/dates';
import { dayLabel, stepName } from '../../core/dunning';
import type { IsoDate } from '../../core/model';
import { useT } from '../i18n';

interface LadderTimelineProps {
  ladder: Ladder;
  /** For each step, when it happens counted from today (core/app/invoice-status stepWhen). */
  when: readonly StepWhen[];
  /** The same, in words (core/app/invoice-page-text whenText). */
  whenText: (when: StepWhen) => string;
}

/** The scenario's steps as a vertical timeline in relative time; the state is written out, never colour alone. */
export function LadderTimeline({ ladder, when, whenText }: LadderTimelineProps) {
  const { t, lang } = useT();
  return (
    <section aria-labelledby="ladder-title" class="card">
      <h3 id="ladder-title">{t('dash.ladder.title')}</h3>
      <ol class="ladder" data-testid="ladder">
        {ladder.steps.map((s, i) => {
          const w = when[i]!;
          return (
            <li
              key={s.step.id}
              class={`ladder-step ladder-${s.state}`}
              data-testid="ladder-step"
              data-state={s.state}
              data-step={s.step.id}
              data-when={w.kind}
            >
              <span class="ladder-mark" aria-hidden="true" />
              <div>
                <strong>
                  {dayLabel(s.step.offsetDays, lang)} · {stepName(s.step.action, s.step.tone, lang)}
                </strong>{' '}
                <span class="ladder-state ladder-when" data-testid="ladder-when">
                  {whenText(w)}
                </span>
                {dateShown(w) && (
                  <span class="muted small ladder-date">({formatDate(dateShown(w)!, lang)})</span>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The calendar date next to a relative one, when the words do not already carry it. */
function dateShown(w: StepWhen): IsoDate | null {
  if (w.kind === 'in') return w.on;
  if (w.kind === 'late') return w.since;
  return null;
}
