import { useState } from 'preact/hooks';
import { composeUrl } from '../../core/compose';
import { formatDate } from '../../core/dates';
import { missingParts } from '../../core/documents/requirements';
import { formatMoney } from '../../core/money';
import type { Send } from '../../core/protocol';
import { renderPenaltyClaim } from '../../core/templates';
import { download } from '../download';
import { useT } from '../i18n';
import { PartsForm } from '../welcome/PartsForm';
import type { LiveCase } from './use-case';

interface LateChargesPanelProps {
  live: LiveCase;
  /** To save the parts the invoice lacks (sender, client's postal address), asked inline; without
   *  it (the popup's paid row), generating names what is missing. */
  send?: Send;
  today: string;
  /** Say why nothing is due (the popup's row asked); the invoice page shows nothing then. */
  explainNone?: boolean;
}

/**
 * For an invoice paid after its due date: the interest and the 40 € the delay made due, in one
 * invoice (core/documents penalty-invoice) and one e-mail (core/templates penalty-claim). What
 * is due is decided by core/dunning lateCharges, read through core/app/action-view.ts; this
 * panel only shows it.
 */
export function LateChargesPanel({ live, send, today, explainNone }: LateChargesPanelProps) {
  const { t, lang } = useT();
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { kase, settings, charges } = live;
  const { invoice, client, events } = kase;
  if (!charges)
    return explainNone ? (
      <p class="muted" data-testid="late-charges-none">
        {t('late.none')}
      </p>
    ) : null;

  const mail = number.trim()
    ? renderPenaltyClaim({
        lang: client.language,
        client,
        invoice,
        events,
        settings,
        now: today,
        penaltyInvoiceNumber: number.trim(),
      })
    : null;

  async function generate() {
    if (!number.trim()) return setError(t('late.numberMissing'));
    setError(null);
    try {
      const docs = await import('../../core/documents');
      const built = docs.buildPenaltyInvoicePdf({
        client,
        invoices: [invoice],
        events,
        settings,
        asOf: today,
        penaltyInvoiceNumber: number.trim(),
      });
      download(built.fileName, new Blob([built.bytes as BlobPart], { type: built.mime }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section class="panel" data-testid="late-charges" aria-labelledby={`late-${invoice.id}`}>
      <h4 id={`late-${invoice.id}`}>{t('late.title')}</h4>
      <p>
        {t('late.summary', {
          date: formatDate(charges.paidOn, lang),
          late: t('late.days', { count: charges.daysLate }),
        })}
      </p>
      <ul data-testid="late-charges-amounts">
        {charges.interestCents > 0 && (
          <li>
            {t('late.interest')} : {formatMoney(charges.interestCents, charges.currency, lang)}
          </li>
        )}
        {charges.indemnityCents > 0 && (
          <li>
            {t('late.indemnity')} : {formatMoney(charges.indemnityCents, 'EUR', lang)}
          </li>
        )}
      </ul>
      <label>
        {t('late.number')}{' '}
        <input
          value={number}
          maxLength={100}
          aria-describedby={`late-hint-${invoice.id}`}
          data-testid="late-charges-number"
          onInput={(e) => setNumber(e.currentTarget.value)}
        />
      </label>
      <small id={`late-hint-${invoice.id}`} class="muted">
        {' '}
        {t('late.numberHint')}
      </small>
      {/* An invoice names both parties with their addresses (C. com. L441-9): asked when missing. */}
      {send && <PartsForm settings={settings} client={client} kind="posted" send={send} />}
      <div class="actions">
        <button
          type="button"
          onClick={generate}
          disabled={Boolean(send) && missingParts(settings.identity, client, 'posted').length > 0}
          data-testid="late-charges-pdf"
        >
          {t('late.pdf')}
        </button>
        {mail && (
          <a
            class="button secondary"
            href={composeUrl(settings.mailTarget, { to: client.emails, ...mail }, settings.gmailAccount)}
            target="_blank"
            rel="noreferrer"
            title={t('late.mailHint')}
            data-testid="late-charges-mail"
          >
            {t('late.mail')}
          </a>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
