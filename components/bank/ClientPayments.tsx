import './bank.css';
import { useState } from 'preact/hooks';
import { FIRMER_SCENARIO, readClientPayments } from '../../core/app/client-payments';
import type { EcheanceDb } from '../../core/db';
import { bank } from '../../core/i18n/catalogue/bank';
import type { Client, IsoDate } from '../../core/model';
import type { Send } from '../../core/protocol';
import { download } from '../download';
import { useAreaT } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { ReminderSwitch } from './ReminderSwitch';

/** Per client: how it pays, its statement of account, and a firmer scenario in one click. */
export function ClientPayments({ db, send, today }: { db: EcheanceDb; send: Send; today: IsoDate }) {
  const { t, lang } = useAreaT(bank);
  const rows = useLiveQuery(() => readClientPayments(db, today), [db, today]);
  const [message, setMessage] = useState<string | null>(null);
  if (!rows || rows.length === 0) return null;
  const percent = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent' });
  const days = (d: number | null) => (d === null ? '—' : t('pays.days', { days: d }));

  async function statement(client: Client) {
    try {
      const { buildClientStatement } = await import('../../core/app/statement-of-account');
      const built = await buildClientStatement(db, client, today);
      if (!built) return setMessage(t('pays.noOpen'));
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
          {rows.map(({ client, behaviour: b, offerFirmer: chronic }) => {
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
