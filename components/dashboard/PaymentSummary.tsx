import type { PaymentLine } from '../../core/app/invoice-totals';
import { invoicePage } from '../../core/i18n/catalogue/invoice-page';
import { formatMoney } from '../../core/money';
import { useAreaT } from '../i18n';

interface PaymentSummaryProps {
  payments: readonly PaymentLine[];
  currency: string;
  /** How each payment was recorded, in words (core/app/invoice-page-text paymentSource). */
  source: (p: PaymentLine) => string;
  /** A day in words, the page's way (« 05/11 »). */
  day: (date: string) => string;
}

/** A paid invoice's page shows how it was paid: each payment, its date, amount and source. */
export function PaymentSummary({ payments, currency, source, day }: PaymentSummaryProps) {
  const { t, lang } = useAreaT(invoicePage);
  const money = (cents: number) => formatMoney(cents, currency, lang);
  const total = payments.reduce((sum, p) => sum + p.amountCents, 0);
  return (
    <section aria-labelledby="payment-title" class="card" data-testid="payment-summary">
      <h3 id="payment-title">{t('ip.payment.title')}</h3>
      <dl class="payments">
        {payments.map((p) => (
          <div key={`${p.date}-${p.recordedOn}-${p.amountCents}`} data-testid="payment-line">
            <dt>
              <strong>{t('ip.payment.line', { amount: money(p.amountCents), date: day(p.date) })}</strong>
            </dt>
            <dd class="muted">
              {source(p)}
              {p.bank?.label && (
                <>
                  <br />
                  {t('ip.payment.bankLine', { label: p.bank.label })}
                </>
              )}
              {p.note && (
                <>
                  <br />
                  {p.note}
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {payments.length > 1 && (
        <p data-testid="payment-total">
          {t('ip.payment.total', { amount: money(total), count: payments.length })}
        </p>
      )}
    </section>
  );
}
