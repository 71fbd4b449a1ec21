import { useState } from 'preact/hooks';
import { addDays } from '../../core/dates';
import type { IsoDate } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useBaseT as useT } from '../i18n/base';
import { record } from './events';

/** « Reporter au <date> [Reporter] »: the invoice page's and the popup row's menu. */
export function SnoozeForm({
  send,
  invoiceId,
  today,
  onDone,
}: {
  send: Send;
  invoiceId: string;
  today: IsoDate;
  onDone: (error: string | null) => void;
}) {
  const { t } = useT();
  const [until, setUntil] = useState(addDays(today, 7));
  return (
    <form
      class="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        onDone(await record(send, invoiceId, 'snoozed', today, { until }));
      }}
    >
      <label>
        {t('act.snooze')}{' '}
        <input
          type="date"
          value={until}
          min={addDays(today, 1)}
          onInput={(e) => setUntil(e.currentTarget.value)}
        />
      </label>
      <button type="submit" class="secondary" data-testid="act-snooze">
        {t('menu.snooze')}
      </button>
    </form>
  );
}
