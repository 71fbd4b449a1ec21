import { readInvoicePage } from '../../core/app/invoice-page';
import { formatDate } from '../../core/dates';
import type { EcheanceDb } from '../../core/db';
import { describeNext } from '../../core/dunning';
import type { IsoDate } from '../../core/model';
import { formatMoney } from '../../core/money';
import type { Send } from '../../core/protocol';
import { InvoiceActions } from '../actions/InvoiceActions';
import { useT } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { ComplianceNotes } from './ComplianceNotes';
import { EventLog } from './EventLog';
import { InvoiceTools } from './InvoiceEditor';
import { InvoiceRateForm } from './InvoiceRateForm';
import { LadderTimeline } from './LadderTimeline';
import { PenaltiesPanel } from './PenaltiesPanel';
import { StatusTag } from './StatusTag';

interface InvoicePageProps {
  db: EcheanceDb;
  send: Send;
  today: IsoDate;
  invoiceId: string;
}

/** Everything about one invoice, read live (core/app/invoice-page.ts): a payment recorded below redraws the page. */
export function InvoicePage({ db, send, today, invoiceId }: InvoicePageProps) {
  const { t, lang } = useT();
  const data = useLiveQuery(() => readInvoicePage(db, invoiceId, today), [db, invoiceId, today]);
  if (data === undefined) return null;
  if (data === null)
    return (
      <p class="error" data-testid="invoice-missing">
        {t('dash.invoice.missing')} <a href="#invoices">{t('dash.invoice.back')}</a>
      </p>
    );
  const { invoice, client, events, scenario, ladder, daysLate: late } = data;
  const money = (cents: number) => formatMoney(cents, invoice.currency, lang);
  return (
    <article aria-labelledby="invoice-title" data-testid="invoice-page" class="invoice-page">
      <p>
        <a href="#invoices">← {t('dash.invoice.back')}</a>
      </p>
      <header class="invoice-head">
        <h2 id="invoice-title">{t('dash.invoice.title', { number: invoice.number })}</h2>
        <p class="muted" data-testid="invoice-client">
          {client.name} · {t(`dash.kind.${client.kind}`)} · {scenario.name}
        </p>
        <dl class="figures">
          <Figure label={t('dash.invoice.total')} value={money(invoice.totalCents)} />
          <Figure
            label={t('invoice.amountDue')}
            value={money(invoice.outstandingCents)}
            testid="invoice-outstanding"
          />
          <Figure label={t('invoice.dueDate')} value={formatDate(invoice.dueDate, lang)} />
          <div>
            <dt>{t('dash.list.status')}</dt>
            <dd>
              <StatusTag status={invoice.status} />{' '}
              {late > 0 && invoice.outstandingCents > 0 && (
                <span class="tag tag-late">{t('invoice.late', { days: late })}</span>
              )}
            </dd>
          </div>
        </dl>
        <p data-testid="invoice-next">
          <strong>{t('dash.invoice.next')}</strong> {describeNext(ladder.next, lang)}
        </p>
      </header>
      {/* Issue #20: « Modifier », « Rouvrir », « Ne plus suivre » (components/dashboard/InvoiceEditor.tsx). */}
      <InvoiceTools key={invoice.id} db={db} send={send} invoice={invoice} />
      <LadderTimeline ladder={ladder} today={today} />
      <section aria-labelledby="actions-title" class="card">
        <h3 id="actions-title">{t('dash.invoice.actions')}</h3>
        <InvoiceActions db={db} send={send} invoiceId={invoice.id} today={today} />
      </section>
      <PenaltiesPanel invoice={invoice} claim={data.claim} today={today} />
      <InvoiceRateForm key={invoice.id} invoice={invoice} send={send} />
      <ComplianceNotes report={data.compliance} warnings={ladder.next.warnings} />
      <EventLog events={events} scenario={scenario} currency={invoice.currency} />
    </article>
  );
}

function Figure({ label, value, testid }: { label: string; value: string; testid?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testid}>{value}</dd>
    </div>
  );
}
