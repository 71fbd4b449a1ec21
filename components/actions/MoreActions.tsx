import { useState } from 'preact/hooks';
import { instalmentPlan } from '../../core/app/instalments';
import { addDays, addMonths, formatDate } from '../../core/dates';
import type { ProceedingsKind } from '../../core/model';
import { formatMoney } from '../../core/money';
import { useBaseT as useT } from '../i18n/base';
import { record } from './events';
import { SnoozeForm } from './SnoozeForm';
import type { ActionPanelProps } from './use-case';

const KINDS: ProceedingsKind[] = ['sauvegarde', 'redressement', 'liquidation'];

/**
 * The invoice page's rarer moves: dispute, payment plan, collective proceedings, skip, snooze,
 * write off. The popup's rows have their own shorter menu (RowMenu): no procedures there.
 */
export function MoreActions({ live, send, today, onDone }: ActionPanelProps) {
  const { t, lang } = useT();
  const { kase, action } = live;
  const id = kase.invoice.id;
  const [count, setCount] = useState(3);
  const [first, setFirst] = useState(addDays(today, 7));
  const [kind, setKind] = useState<ProceedingsKind>('redressement');
  const [bodacc, setBodacc] = useState(today);
  const disputed = action.kind === 'wait' && action.reason === 'dispute';
  const plan = instalmentPlan(action.outstandingCents, count, first);

  return (
    <div class="panel more" data-testid="more-actions">
      <div class="actions">
        {disputed ? (
          <button
            type="button"
            class="secondary"
            onClick={async () => onDone(await record(send, id, 'dispute_resolved', today, {}))}
          >
            {t('act.resolve')}
          </button>
        ) : (
          <button
            type="button"
            class="secondary"
            onClick={async () => onDone(await record(send, id, 'dispute_opened', today, {}))}
            data-testid="act-dispute"
          >
            {t('act.dispute')}
          </button>
        )}
        {action.kind === 'step' && (
          <button
            type="button"
            class="secondary"
            onClick={async () =>
              onDone(await record(send, id, 'step_skipped', today, { stepId: action.step.id }))
            }
            data-testid="act-skip"
          >
            {t('act.skip')}
          </button>
        )}
        <button
          type="button"
          class="secondary danger"
          onClick={async () => {
            if (confirm(t('act.writeOffConfirm'))) onDone(await record(send, id, 'written_off', today, {}));
          }}
        >
          {t('act.writeOff')}
        </button>
      </div>
      <SnoozeForm send={send} invoiceId={id} today={today} onDone={onDone} />
      <form
        class="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          onDone(await record(send, id, 'payment_plan', today, { installments: plan }));
        }}
      >
        <strong>{t('act.plan')}</strong>
        <label>
          {t('act.installments')}{' '}
          <input
            type="number"
            min={1}
            max={24}
            value={count}
            onInput={(e) => setCount(Number(e.currentTarget.value) || 1)}
          />
        </label>
        <label>
          {t('act.firstDate')}{' '}
          <input type="date" value={first} onInput={(e) => setFirst(e.currentTarget.value)} />
        </label>
        <span class="muted">
          {plan
            .map(
              (p) =>
                `${formatDate(p.date, lang)} : ${formatMoney(p.amountCents, kase.invoice.currency, lang)}`,
            )
            .join(' · ')}
        </span>
        <button type="submit" class="secondary">
          {t('menu.planSave')}
        </button>
      </form>
      <form
        class="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          onDone(await record(send, id, 'proceedings_opened', today, { kind, bodaccDate: bodacc }));
        }}
      >
        <strong>{t('act.proceedings')}</strong>
        <select
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as ProceedingsKind)}
          aria-label={t('act.proceedings')}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`act.proceedings.${k}`)}
            </option>
          ))}
        </select>
        <label>
          {t('act.bodacc')}{' '}
          <input type="date" value={bodacc} max={today} onInput={(e) => setBodacc(e.currentTarget.value)} />
        </label>
        <span class="muted">{t('act.claimDeadline', { date: formatDate(addMonths(bodacc, 2), lang) })}</span>
        <button type="submit" class="secondary">
          {t('menu.proceedingsSave')}
        </button>
      </form>
    </div>
  );
}
