import { useState } from 'preact/hooks';
import { describeRate } from '../../core/law/rate-kind';
import { type ContractualRate, effectiveContractualRate, type Invoice } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useT } from '../i18n';
import { RateKindField } from '../rate/RateKindField';

/**
 * The rate the invoice states, as read (or not) when it was captured, corrected here: its kind
 * (fixed, N × the legal rate, ECB + N) and figure (issue #14). The background writes it and the
 * penalties above are computed again.
 */
export function InvoiceRateForm({ invoice, send }: { invoice: Invoice; send: Send }) {
  const { t, lang } = useT();
  const initial = effectiveContractualRate(invoice);
  const [rate, setRate] = useState<ContractualRate | null | 'invalid'>(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function save(e: Event) {
    e.preventDefault();
    if (rate === 'invalid') return setMessage({ ok: false, text: t('rate.invalid') });
    const answer = await send('invoice/rate', { invoiceId: invoice.id, contractualRate: rate });
    setMessage(answer.ok ? { ok: true, text: t('rate.saved') } : { ok: false, text: answer.error.message });
  }

  return (
    <details class="card" data-testid="invoice-rate">
      <summary>
        {t('rate.invoiceTitle')} : {initial ? describeRate(initial, lang) : '—'}
      </summary>
      <form onSubmit={save}>
        <RateKindField
          lang={lang}
          name="invoice"
          initial={initial}
          noneLabel={t('rate.invoiceNone')}
          onChange={(r) => {
            setRate(r);
            setMessage(null);
          }}
        />
        <button type="submit" data-testid="invoice-rate-save">
          {t('rate.save')}
        </button>
        {message && (
          <p class={message.ok ? 'ok-text' : 'error'} role="status" data-testid="invoice-rate-message">
            {message.text}
          </p>
        )}
      </form>
    </details>
  );
}
