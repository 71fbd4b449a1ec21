import { useState } from 'preact/hooks';
import { readClientsPage } from '../../core/app/clients-page';
import { type ClientStats, RISK_RULE } from '../../core/dashboard';
import type { EcheanceDb } from '../../core/db';
import { bank } from '../../core/i18n/catalogue/bank';
import type { IsoDate } from '../../core/model';
import { formatMoney } from '../../core/money';
import type { Send } from '../../core/protocol';
import { ClientPayments } from '../bank/ClientPayments';
import { useAreaT, useT } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { ClientEditor } from './ClientEditor';

/** Clients with their payment behaviour, the at-risk flag (rule stated on the page), and editing. */
export function ClientsPage({ db, send, today }: { db: EcheanceDb; send: Send; today: IsoDate }) {
  const { t } = useT();
  const data = useLiveQuery(() => readClientsPage(db, today), [db, today]);
  const [editing, setEditing] = useState<string | null>(null);
  if (!data) return null;
  const { stats } = data;
  const edited = data.clients.find((c) => c.id === editing);
  return (
    <section aria-labelledby="clients-title">
      <h2 id="clients-title">{t('dash.clients.title')}</h2>
      <p class="notice" data-testid="risk-rule">
        {t('dash.clients.rule', {
          days: RISK_RULE.overdueDays,
          reminders: RISK_RULE.reminders,
          average: RISK_RULE.averageLateDays,
        })}
      </p>
      {stats.length === 0 ? (
        <p class="muted">{t('dash.clients.none')}</p>
      ) : (
        <table class="invoices" data-testid="clients-table">
          <thead>
            <tr>
              <th scope="col">{t('invoice.client')}</th>
              <th scope="col" class="num">
                {t('dash.clients.invoices')}
              </th>
              <th scope="col" class="num">
                {t('dash.clients.outstanding')}
              </th>
              <th scope="col" class="num">
                {t('dash.clients.latePaid')}
              </th>
              <th scope="col" class="num">
                {t('dash.clients.lateOpen')}
              </th>
              <th scope="col" class="num">
                {t('dash.clients.reminders')}
              </th>
              <th scope="col">{t('dash.clients.risk')}</th>
              <th scope="col">
                <span class="sr-only">{t('dash.clients.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.map((s) => (
              <ClientRow key={s.client.id} stats={s} onEdit={() => setEditing(s.client.id)} />
            ))}
          </tbody>
        </table>
      )}
      <ClientPayments db={db} send={send} today={today} />
      {edited && (
        <ClientEditor
          key={edited.id}
          client={edited}
          scenarios={data.scenarios}
          send={send}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function ClientRow({ stats: s, onEdit }: { stats: ClientStats; onEdit: () => void }) {
  const { t, lang } = useT();
  const words = useAreaT(bank);
  const money = (cents: number) => formatMoney(cents, 'EUR', lang);
  const days = (d: number | null) => (d === null ? '—' : t('dash.clients.days', { days: d }));
  return (
    <tr data-testid="client-row" data-name={s.client.name} data-risk={s.atRisk ? 'yes' : 'no'}>
      <th scope="row">
        {s.client.name}
        {s.client.remindersOff && (
          <>
            {' '}
            <span class="tag tag-off" data-testid="client-reminders-off">
              {words.t('off.tag')}
            </span>
          </>
        )}
        <div class="muted small">{s.client.emails.join(', ')}</div>
      </th>
      <td class="num">{t('dash.clients.count', { open: s.openCount, total: s.invoiceCount })}</td>
      <td class="num">
        {money(s.outstandingCents)}
        {s.overdueCents > 0 && (
          <div class="small late-text">{t('dash.clients.overdue', { amount: money(s.overdueCents) })}</div>
        )}
      </td>
      <td class="num">{days(s.averageDaysLatePaid)}</td>
      <td class="num">{days(s.averageDaysLateOpen)}</td>
      <td class="num" data-testid="client-reminders">
        {s.remindersSent}
      </td>
      <td>
        {s.atRisk ? (
          <span
            class="tag tag-late"
            data-testid="at-risk"
            title={s.riskReasons.map((r) => t(`dash.risk.${r}`)).join(' · ')}
          >
            {t('dash.clients.atRisk')}
          </span>
        ) : (
          <span class="muted">—</span>
        )}
        {s.atRisk && (
          <div class="small muted">{s.riskReasons.map((r) => t(`dash.risk.${r}`)).join(' · ')}</div>
        )}
      </td>
      <td>
        <button type="button" class="secondary" onClick={onEdit} data-testid="client-edit">
          {t('dash.clients.edit')}
          <span class="sr-only"> {s.client.name}</span>
        </button>
      </td>
    </tr>
  );
}
