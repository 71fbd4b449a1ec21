import './invoice-page.css';
import { readInvoicePage } from '../../core/app/invoice-page';
import { paymentSource, shortDay, statusText, whenText, whyText } from '../../core/app/invoice-page-text';
import { statusTone } from '../../core/app/invoice-status';
import { formatDate } from '../../core/dates';
import type { EcheanceDb } from '../../core/db';
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
import { PaymentSummary } from './PaymentSummary';
import { PenaltiesPanel } from './PenaltiesPanel';
import { StatusLine, StatusTag } from './StatusTag';

interface InvoicePageProps {
  db: EcheanceDb;
  send: Send;
  today: IsoDate;
  invoiceId: string;
}

/**
 * Everything about one invoice, read live (core/app/invoice-page.ts): a payment recorded below
 * redraws the page. Top to bottom: who and how much, the one status line, the ladder, the
 * actions, then what is owed (or, paid, how it was paid), the compliance notes and the history.
 */
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
  const { invoice, client, events, scenario, ladder, totals } = data;
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
        <StatusLine
          text={statusText(data.status, today, lang, invoice.currency)}
          tone={statusTone(data.status)}
        />
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
              <StatusTag status={invoice.status} />
            </dd>
          </div>
        </dl>
      </header>
      {/* Paid: how, right under the status line; no penalties, no warnings below. */}
      {data.paid && (
        <PaymentSummary
          payments={data.payments}
          currency={invoice.currency}
          source={(p) => paymentSource(p, today, lang)}
          day={(d) => shortDay(d, today, lang)}
        />
      )}
      {/* Issue #20: « Modifier », « Rouvrir », « Ne plus suivre » (components/dashboard/InvoiceEditor.tsx). */}
      <InvoiceTools key={invoice.id} db={db} send={send} invoice={invoice} />
      <LadderTimeline ladder={ladder} when={data.when} whenText={(w) => whenText(w, today, lang)} />
      <section aria-labelledby="actions-title" class="card">
        <h3 id="actions-title">{t('dash.invoice.actions')}</h3>
        <InvoiceActions db={db} send={send} invoiceId={invoice.id} today={today} />
      </section>
      {!data.paid && (
        <>
          <PenaltiesPanel
            invoice={invoice}
            claim={data.claim}
            totals={totals}
            why={(p) => whyText({ part: p.part, why: p.why! }, totals, lang)}
            today={today}
          />
          <InvoiceRateForm key={invoice.id} invoice={invoice} send={send} />
          <ComplianceNotes report={data.compliance} warnings={ladder.next.warnings} />
        </>
      )}
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
