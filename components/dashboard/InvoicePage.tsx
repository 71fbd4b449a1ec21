import { ladderFor } from '../../core/dashboard';
import { daysBetween, formatDate } from '../../core/dates';
import { type EcheanceDb, getSettings } from '../../core/db';
import { describeNext, scenarioFor } from '../../core/dunning';
import type { IsoDate } from '../../core/model';
import { formatMoney } from '../../core/money';
import type { Send } from '../../core/protocol';
import { InvoiceActions } from '../actions/InvoiceActions';
import { useT } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { ComplianceNotes } from './ComplianceNotes';
import { EventLog } from './EventLog';
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

/** Everything about one invoice, read live: a payment recorded below redraws the page. */
async function loadInvoice(db: EcheanceDb, id: string) {
  const invoice = await db.invoices.get(id);
  if (!invoice) return null;
  const [client, events, settings, scenarios] = await Promise.all([
    db.clients.get(invoice.clientId),
    db.events.where('invoiceId').equals(id).toArray(),
    getSettings(db),
    db.scenarios.toArray(),
  ]);
  if (!client) return null;
  events.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const scenario = scenarioFor(client.scenarioId, settings.defaultScenarioId, scenarios);
  return { invoice, client, events, settings, scenario };
}

export function InvoicePage({ db, send, today, invoiceId }: InvoicePageProps) {
  const { t, lang } = useT();
  const data = useLiveQuery(() => loadInvoice(db, invoiceId), [db, invoiceId]);
  if (data === undefined) return null;
  if (data === null)
    return (
      <p class="error" data-testid="invoice-missing">
        {t('dash.invoice.missing')} <a href="#invoices">{t('dash.invoice.back')}</a>
      </p>
    );
  const { invoice, client, events, settings, scenario } = data;
  const ladder = ladderFor(invoice, client, events, scenario, today);
  const money = (cents: number) => formatMoney(cents, invoice.currency, lang);
  const late = daysBetween(invoice.dueDate, today);
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
      <LadderTimeline ladder={ladder} today={today} />
      <section aria-labelledby="actions-title" class="card">
        <h3 id="actions-title">{t('dash.invoice.actions')}</h3>
        <InvoiceActions db={db} send={send} invoiceId={invoice.id} today={today} />
      </section>
      <PenaltiesPanel invoice={invoice} client={client} events={events} settings={settings} today={today} />
      <InvoiceRateForm key={invoice.id} invoice={invoice} send={send} />
      <ComplianceNotes invoice={invoice} client={client} warnings={ladder.next.warnings} />
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
