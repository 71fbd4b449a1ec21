import { useState } from 'preact/hooks';
import { type RowMenuItem, rowMenu } from '../../core/app/action-view';
import type { Send } from '../../core/protocol';
import { useBaseT as useT } from '../i18n/base';
import { record } from './events';
import { SnoozeForm } from './SnoozeForm';
import type { LiveCase } from './use-case';

/** Menu items that open a panel of InvoiceActions rather than acting at once. */
export type MenuPanel = 'compose' | 'call' | 'letter' | 'formal_notice' | 'paid' | 'partial';

const TEST_ID: Record<RowMenuItem, string> = {
  remind: 'act-compose',
  call: 'act-call',
  letter: 'act-letter',
  formalNotice: 'act-formal-notice',
  paid: 'act-paid',
  partial: 'act-partial',
  dispute: 'act-dispute',
  resolve: 'act-resolve',
  skip: 'act-skip',
  snooze: 'act-snooze-open',
  writeOff: 'act-write-off',
};

/**
 * A popup row's « ⋯ »: the invoice's other actions in plain words (core/app/action-view.ts
 * rowMenu says which), one verb per button, and a link to its page for the rest.
 */
export function RowMenu({
  live,
  send,
  today,
  invoiceHref,
  onPanel,
  onDone,
}: {
  live: LiveCase;
  send: Send;
  today: string;
  invoiceHref?: string;
  onPanel: (panel: MenuPanel) => void;
  onDone: (error: string | null) => void;
}) {
  const { t } = useT();
  const { kase, action } = live;
  const id = kase.invoice.id;
  const [snoozing, setSnoozing] = useState(false);

  const run: Record<RowMenuItem, () => unknown> = {
    remind: () => onPanel('compose'),
    call: () => onPanel('call'),
    letter: () => onPanel('letter'),
    formalNotice: () => onPanel('formal_notice'),
    // Asks the day and the amount (PaidDialog), as on the invoice page (issue #20).
    paid: () => onPanel('paid'),
    partial: () => onPanel('partial'),
    dispute: async () => onDone(await record(send, id, 'dispute_opened', today, {})),
    resolve: async () => onDone(await record(send, id, 'dispute_resolved', today, {})),
    skip: async () =>
      action.kind === 'step' &&
      onDone(await record(send, id, 'step_skipped', today, { stepId: action.step.id })),
    snooze: () => setSnoozing(!snoozing),
    writeOff: async () => {
      if (confirm(t('act.writeOffConfirm'))) onDone(await record(send, id, 'written_off', today, {}));
    },
  };
  const label: Record<RowMenuItem, string> = {
    remind: t('menu.remind'),
    call: t('act.call'),
    letter: t('menu.letter'),
    formalNotice: t('menu.formalNotice'),
    paid: t('menu.paid'),
    partial: t('menu.partial'),
    dispute: t('menu.dispute'),
    resolve: t('menu.resolve'),
    skip: t('menu.skip'),
    snooze: t('menu.snooze'),
    writeOff: t('act.writeOff'),
  };

  return (
    <div class="row-menu" data-testid="row-menu">
      <div class="actions">
        {rowMenu(action).map((item) => (
          <button
            key={item}
            type="button"
            class={item === 'writeOff' ? 'secondary danger' : 'secondary'}
            aria-expanded={item === 'snooze' ? snoozing : undefined}
            onClick={() => run[item]()}
            data-testid={TEST_ID[item]}
          >
            {label[item]}
          </button>
        ))}
        {invoiceHref && (
          <a class="button-link" href={invoiceHref} target="_blank" rel="noreferrer" data-testid="act-open">
            {t('menu.open')}
          </a>
        )}
      </div>
      {snoozing && <SnoozeForm send={send} invoiceId={id} today={today} onDone={onDone} />}
    </div>
  );
}
