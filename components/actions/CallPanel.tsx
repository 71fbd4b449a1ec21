import { useState } from 'preact/hooks';
import type { CallOutcome } from '../../core/model';
import { renderStep } from '../../core/templates';
import { useBaseT as useT } from '../i18n/base';
import { record } from './events';
import { PromiseConfirmLink } from './PromiseConfirmLink';
import type { ActionPanelProps } from './use-case';

const OUTCOMES: CallOutcome[] = ['promise', 'dispute', 'no_answer', 'claims_paid'];

/** « Appeler »: the number, a short script for this step, and the outcome in one click. */
export function CallPanel({ live, send, today, onDone }: ActionPanelProps) {
  const { t } = useT();
  const [promised, setPromised] = useState('');
  const { kase, action, settings } = live;
  const step = action.kind === 'step' ? action.step : null;
  const script = step
    ? renderStep({
        lang: kase.client.language,
        addressing: kase.client.addressing,
        step: { ...step, action: 'phone', template: `phone.${step.tone}` },
        scenario: kase.scenario,
        client: kase.client,
        invoices: [{ invoice: kase.invoice, events: kase.events }],
        settings,
        now: today,
      }).body
    : null;
  const save = async (outcome: CallOutcome) => {
    if (outcome === 'promise' && !promised) return;
    onDone(
      await record(send, kase.invoice.id, 'call', today, {
        stepId: step?.action === 'phone' ? step.id : null,
        outcome,
        promisedDate: outcome === 'promise' ? promised : null,
      }),
    );
  };
  return (
    <div class="panel" data-testid="call-panel">
      {kase.client.phone ? (
        <p>
          <a href={`tel:${kase.client.phone.replace(/\s/g, '')}`}>{kase.client.phone}</a>
        </p>
      ) : (
        <p class="muted">{t('act.noPhone')}</p>
      )}
      {script && (
        <details open>
          <summary>{t('act.callScript')}</summary>
          <p class="script">{script}</p>
        </details>
      )}
      <fieldset>
        <legend>{t('act.outcome')}</legend>
        <label>
          {t('act.outcome.promise')}{' '}
          <input
            type="date"
            value={promised}
            min={today}
            onInput={(e) => setPromised(e.currentTarget.value)}
            data-testid="promise-date"
          />
        </label>{' '}
        <button
          type="button"
          onClick={() => save('promise')}
          disabled={!promised}
          data-testid="outcome-promise"
        >
          {t('act.save')}
        </button>{' '}
        {promised && (
          // The same record, and the e-mail that restates the promise opens (issue #14).
          <PromiseConfirmLink
            live={live}
            promise={{ madeOn: today, promisedDate: promised }}
            today={today}
            label="confirm.saveAndOpen"
            onOpen={() => void save('promise')}
          />
        )}
        <div class="actions">
          {OUTCOMES.filter((o) => o !== 'promise').map((o) => (
            <button
              key={o}
              type="button"
              class="secondary"
              onClick={() => save(o)}
              data-testid={`outcome-${o}`}
            >
              {t(`act.outcome.${o}`)}
            </button>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
