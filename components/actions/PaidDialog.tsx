import { useState } from 'preact/hooks';
import { edit } from '../../core/i18n/catalogue/edit';
import { formatDecimal, formatMoney, parseAmount } from '../../core/money';
import { useAreaT } from '../i18n/base';
import type { ActionPanelProps } from './use-case';

/**
 * « Payée » (issue #20): the day the money came (today unless told; a past day is fine, a
 * future one is not) and how much (what is left unless told; less is a part payment and the
 * invoice stays open). The background decides and refuses (core/app/edit-invoice.ts).
 */
export function PaidDialog({ live, send, today, onDone }: ActionPanelProps) {
  const { t, lang } = useAreaT(edit);
  const { invoice } = live.kase;
  const left = invoice.outstandingCents;
  const [date, setDate] = useState(today);
  const [amount, setAmount] = useState(formatDecimal(left));
  const [error, setError] = useState<string | null>(null);
  const cents = parseAmount(amount);
  const money = (c: number) => formatMoney(c, invoice.currency, lang);

  async function save(e: Event) {
    e.preventDefault();
    if (!date) return setError(t('edit.err.date', { field: t('paid.date') }));
    if (date > today) return setError(t('paid.err.future'));
    if (cents === null || cents <= 0) return setError(t('edit.err.amount', { field: t('paid.amount') }));
    if (cents > left) return setError(t('paid.err.over', { amount: money(left) }));
    const answer = await send('invoice/pay', { invoiceId: invoice.id, date, amountCents: cents, lang });
    if (!answer.ok) return setError(answer.error.message);
    onDone(null);
  }

  return (
    <form class="panel inline-form paid-dialog" data-testid="paid-dialog" onSubmit={save}>
      <strong>{t('paid.title')}</strong>
      <span class="muted">{t('paid.left', { amount: money(left) })}</span>
      <label>
        {t('paid.date')}{' '}
        <input
          type="date"
          value={date}
          max={today}
          required
          onInput={(e) => setDate(e.currentTarget.value)}
          data-testid="paid-date"
        />
      </label>
      <label>
        {t('paid.amount')}{' '}
        <input
          value={amount}
          inputMode="decimal"
          onInput={(e) => setAmount(e.currentTarget.value)}
          data-testid="paid-amount"
        />
      </label>
      {cents !== null && cents > 0 && cents < left && (
        <span class="muted" data-testid="paid-partial">
          {t('paid.partial', { amount: money(left - cents) })}
        </span>
      )}
      <button type="submit" data-testid="paid-save">
        {t('paid.save')}
      </button>
      {error && (
        <p class="error" role="alert" data-testid="paid-error">
          {error}
        </p>
      )}
    </form>
  );
}
