import { useState } from 'preact/hooks';
import { formatDate } from '../../core/dates';
import { bank } from '../../core/i18n/catalogue/bank';
import type { Client, IsoDate, ReminderExclusionReason } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useAreaT } from '../i18n';

const REASONS: ReminderExclusionReason[] = ['direct_debit', 'arrangement', 'other'];

/**
 * Takes a client off reminders (direct debit, a standing arrangement) or puts it back. The
 * background saves the client and refreshes its invoices: no step, alarm or notification while
 * it is off (core/dunning nextAction).
 */
export function ReminderSwitch({
  client,
  send,
  today,
  onDone,
}: {
  client: Client;
  send: Send;
  today: IsoDate;
  onDone: (message: string) => void;
}) {
  const { t, lang } = useAreaT(bank);
  const [reason, setReason] = useState<ReminderExclusionReason>('direct_debit');
  const off = client.remindersOff;

  async function save(remindersOff: Client['remindersOff']) {
    const answer = await send('client/save', { client: { ...client, remindersOff } });
    onDone(
      answer.ok
        ? t(remindersOff ? 'off.done' : 'off.resumed', { name: client.name })
        : t('pays.failed', { message: answer.error.message }),
    );
  }

  if (off) {
    return (
      <div data-testid="reminders-off">
        <span class="tag tag-off" data-testid="reminders-off-tag">
          {t('off.tag')}
        </span>
        <div class="small muted">
          {t('off.since', { reason: t(`off.reason.${off.reason}`), date: formatDate(off.since, lang) })}
        </div>
        <button type="button" class="secondary" data-testid="reminders-resume" onClick={() => save(null)}>
          {t('off.resume')}
          <span class="sr-only"> {client.name}</span>
        </button>
      </div>
    );
  }
  return (
    <div class="reminder-switch">
      <label class="sr-only" for={`off-reason-${client.id}`}>
        {t('off.reasonLabel', { name: client.name })}
      </label>
      <select
        id={`off-reason-${client.id}`}
        value={reason}
        data-testid="reminders-off-reason"
        onChange={(e) => setReason((e.currentTarget as HTMLSelectElement).value as ReminderExclusionReason)}
      >
        {REASONS.map((r) => (
          <option key={r} value={r}>
            {t(`off.reason.${r}`)}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        class="secondary"
        data-testid="reminders-exclude"
        onClick={() => save({ since: today, reason })}
      >
        {t('off.exclude')}
        <span class="sr-only"> {client.name}</span>
      </button>
    </div>
  );
}
