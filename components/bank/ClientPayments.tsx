import './bank.css';
import { useState } from 'preact/hooks';
import { CHRONIC_LATE_DAYS, paymentBehaviour } from '../../core/dashboard';
import { type EcheanceDb, getSettings, statementData } from '../../core/db';
import { bank } from '../../core/i18n/catalogue/bank';
import type { Client, Invoice, InvoiceEvent, IsoDate } from '../../core/model';
import type { Send } from '../../core/protocol';
import { download } from '../download';
import { useAreaT } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { ReminderSwitch } from './ReminderSwitch';

/** The firmer preset offered to chronic late payers: letters from J+14 (core/dunning/presets). */
const FIRMER_SCENARIO = 'fast-letters';

async function load(db: EcheanceDb) {
  const [clients, invoices, payments] = await Promise.all([
    db.clients.toArray(),
    db.invoices.toArray(),
    db.events.where('type').equals('payment').toArray(),
  ]);
  // Grouped once, so each client reads only its own invoices and payments.
  const byClient = new Map<string, Invoice[]>();
  for (const i of invoices) {
    const list = byClient.get(i.clientId);
    if (list) list.push(i);
    else byClient.set(i.clientId, [i]);
  }
  const paymentsOf = new Map<string, InvoiceEvent[]>();
  for (const e of payments) paymentsOf.set(e.invoiceId, [...(paymentsOf.get(e.invoiceId) ?? []), e]);
  return { clients, byClient, paymentsOf };
}

/** Per client: how it pays, its statement of account, and a firmer scenario in one click. */
export function ClientPayments({ db, send, today }: { db: EcheanceDb; send: Send; today: IsoDate }) {
  const { t, lang } = useAreaT(bank);
  const data = useLiveQuery(() => load(db), [db]);
  const [message, setMessage] = useState<string | null>(null);
  if (!data || data.clients.length === 0) return null;
  const percent = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent' });
  const days = (d: number | null) => (d === null ? '—' : t('pays.days', { days: d }));

  async function statement(client: Client) {
    const { invoices, events } = await statementData(db, client.id);
    if (invoices.length === 0) return setMessage(t('pays.noOpen'));
    try {
      const docs = await import('../../core/documents');
      const built = docs.buildStatementOfAccountPdf({
        client,
        invoices,
        events,
        settings: await getSettings(db),
        asOf: today,
      });
      download(built.fileName, new Blob([built.bytes as BlobPart], { type: built.mime }));
    } catch (e) {
      setMessage(t('pays.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  }

  /** The grouped reminder: the statement of account as a new message to the client. */
  async function statementMail(client: Client) {
    const answer = await send('client/statement-mail', { clientId: client.id });
    if (!answer.ok) return setMessage(t('pays.failed', { message: answer.error.message }));
    setMessage(
      answer.data.opened ? t('pays.statementMailDone', { count: answer.data.invoices }) : t('pays.noOpen'),
    );
  }

  async function firmer(client: Client) {
    const answer = await send('client/save', { client: { ...client, scenarioId: FIRMER_SCENARIO } });
    setMessage(answer.ok ? t('pays.firmerDone') : t('pays.failed', { message: answer.error.message }));
  }

  return (
    <section aria-labelledby="pays-title" data-testid="client-payments">
      <h2 id="pays-title">{t('pays.title')}</h2>
      <p class="muted">{t('pays.intro')}</p>
      {message && (
        <p role="status" data-testid="pays-message">
          {message}
        </p>
      )}
      <table class="invoices">
        <thead>
          <tr>
            <th scope="col">{t('pays.client')}</th>
            <th scope="col" class="num">
              {t('pays.average')}
            </th>
            <th scope="col" class="num">
              {t('pays.median')}
            </th>
            <th scope="col" class="num">
              {t('pays.shareLate')}
            </th>
            <th scope="col" class="num">
              {t('pays.dso')}
            </th>
            <th scope="col">{t('pays.reminders')}</th>
            <th scope="col">
              <span class="sr-only">{t('pays.statement')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.clients.map((client) => {
            const own = data.byClient.get(client.id) ?? [];
            const b = paymentBehaviour(
              own,
              own.flatMap((i) => data.paymentsOf.get(i.id) ?? []),
              today,
            );
            const chronic =
              (b.medianDaysLate ?? 0) > CHRONIC_LATE_DAYS && client.scenarioId !== FIRMER_SCENARIO;
            return (
              <tr key={client.id} data-testid="pays-row" data-name={client.name}>
                <th scope="row">{client.name}</th>
                <td class="num">{days(b.averageDaysLate)}</td>
                <td class="num">{days(b.medianDaysLate)}</td>
                <td class="num">{b.shareLate === null ? '—' : percent.format(b.shareLate)}</td>
                <td class="num">{days(b.dso12)}</td>
                <td>
                  <ReminderSwitch client={client} send={send} today={today} onDone={setMessage} />
                </td>
                <td>
                  <button
                    type="button"
                    class="secondary"
                    data-testid="pays-statement"
                    onClick={() => statement(client)}
                  >
                    {t('pays.statement')}
                    <span class="sr-only"> {client.name}</span>
                  </button>{' '}
                  <button
                    type="button"
                    class="secondary"
                    data-testid="pays-statement-mail"
                    onClick={() => statementMail(client)}
                  >
                    {t('pays.statementMail')}
                    <span class="sr-only"> {client.name}</span>
                  </button>{' '}
                  {chronic && (
                    <button
                      type="button"
                      class="secondary"
                      data-testid="pays-firmer"
                      onClick={() => firmer(client)}
                    >
                      {t('pays.firmer')}
                      <span class="sr-only"> {client.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
