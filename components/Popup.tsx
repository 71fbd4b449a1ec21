import { daysBetween } from '../core/dates';
import { type EcheanceDb, listInvoiceRows } from '../core/db';
import type { IsoDate } from '../core/model';
import { formatMoney } from '../core/money';
import { InvoiceTable } from './InvoiceTable';
import { useT } from './i18n';
import { useLiveQuery } from './use-live-query';

interface PopupProps {
  db: EcheanceDb;
  today: IsoDate;
  dashboardUrl: string;
}

export function Popup({ db, today, dashboardUrl }: PopupProps) {
  const { t, lang } = useT();
  const rows = useLiveQuery(() => listInvoiceRows(db), [db]);
  if (!rows) return null;
  const open = rows.filter(({ invoice }) => invoice.status !== 'paid' && invoice.status !== 'written_off');
  const outstanding = open.reduce((sum, { invoice }) => sum + invoice.outstandingCents, 0);
  const overdue = open
    .filter(({ invoice }) => daysBetween(invoice.dueDate, today) > 0)
    .reduce((sum, { invoice }) => sum + invoice.outstandingCents, 0);
  const sorted = [...rows].sort((a, b) => a.invoice.dueDate.localeCompare(b.invoice.dueDate));
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('app.name')}</h1>
        <a href={dashboardUrl} target="_blank" rel="noreferrer">
          {t('popup.dashboard')}
        </a>
      </header>
      {rows.length === 0 ? (
        <section class="notice" data-testid="popup-empty">
          <h2>{t('popup.empty.title')}</h2>
          <p>{t('popup.empty.body')}</p>
          <a class="button" href={`${dashboardUrl}#import`} target="_blank" rel="noreferrer">
            {t('popup.empty.import')}
          </a>
        </section>
      ) : (
        <>
          <dl class="totals">
            <div>
              <dt>{t('popup.outstanding')}</dt>
              <dd data-testid="total-outstanding">{formatMoney(outstanding, 'EUR', lang)}</dd>
            </div>
            <div>
              <dt>{t('popup.overdue')}</dt>
              <dd data-testid="total-overdue">{formatMoney(overdue, 'EUR', lang)}</dd>
            </div>
          </dl>
          <h2 class="sr-only">{t('popup.title')}</h2>
          <InvoiceTable rows={sorted} today={today} />
        </>
      )}
    </main>
  );
}
