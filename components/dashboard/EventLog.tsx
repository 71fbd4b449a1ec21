import { formatDate } from '../../core/dates';
import type { InvoiceEvent, Scenario } from '../../core/model';
import { useT } from '../i18n';
import { eventDetail, eventText, stepLabel } from './event-text';

/** Every event of the invoice, oldest first, with its step and the user's note as plain text. */
export function EventLog({
  events,
  scenario,
  currency,
}: {
  events: readonly InvoiceEvent[];
  scenario: Scenario;
  currency: string;
}) {
  const { t, lang } = useT();
  return (
    <section aria-labelledby="events-title" class="card">
      <h3 id="events-title">{t('dash.events.title')}</h3>
      {events.length === 0 ? (
        <p class="muted">{t('dash.events.none')}</p>
      ) : (
        <ol class="events" data-testid="event-log">
          {events.map((e) => {
            const step = stepLabel('stepId' in e ? e.stepId : null, scenario, lang);
            const detail = eventDetail(e, t);
            return (
              <li key={e.id} data-testid="event" data-type={e.type}>
                <time dateTime={e.date}>{formatDate(e.date, lang)}</time> — {eventText(e, t, lang, currency)}
                {step && <span class="muted"> ({step})</span>}
                {detail && <div class="muted small">{detail}</div>}
                {e.note && <div class="note">{e.note}</div>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
