import type { EcheanceDb } from '../core/db/database';
import { gmailRecognised, OVERVIEW_ROWS, type PopupStart, readOverview } from '../core/db/overview-read';
import type { PageSnapshot } from '../core/extract/html';
import type { IsoDate } from '../core/model';
import { formatMoney } from '../core/money';
import type { Send } from '../core/protocol';
import { TodayList } from './actions/TodayList';
import { InvoiceTable } from './InvoiceTable';
import { useBaseT as useT } from './i18n/base';
import { PageDetect } from './import/PageDetect';
import { useFirstRenderMark } from './perf-mark';
import { useLiveQuery } from './use-live-query';

interface PopupProps {
  db: EcheanceDb;
  send: Send;
  today: IsoDate;
  dashboardUrl: string;
  /** Reads the active tab (activeTab + scripting) for « Détecter la facture sur cette page ». */
  detect: () => Promise<PageSnapshot>;
  /** The overview and the Gmail state read ahead with the settings (readPopupStart). */
  first?: PopupStart;
}

export function Popup({ db, send, today, dashboardUrl, detect, first }: PopupProps) {
  const { t, lang } = useT();
  const data = useLiveQuery(() => readOverview(db, today), [db, today], first?.overview);
  const gmail = useLiveQuery(() => gmailRecognised(db), [db], first?.gmail);
  useFirstRenderMark('popup', Boolean(data));
  if (!data) return null;
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('app.name')}</h1>
        <a href={dashboardUrl} target="_blank" rel="noreferrer">
          {t('popup.dashboard')}
        </a>
      </header>
      {gmail === false && (
        <p class="notice" role="status" data-testid="gmail-unrecognised">
          {t('popup.gmailUnrecognised')}
        </p>
      )}
      <PageDetect send={send} detect={detect} />
      {data.count === 0 ? (
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
              <dd data-testid="total-outstanding">{formatMoney(data.outstandingCents, 'EUR', lang)}</dd>
            </div>
            <div>
              <dt>{t('popup.overdue')}</dt>
              <dd data-testid="total-overdue">{formatMoney(data.overdueCents, 'EUR', lang)}</dd>
            </div>
          </dl>
          <TodayList db={db} send={send} today={today} due={{ items: data.due, total: data.dueCount }} />
          <section aria-labelledby="all-title">
            <h2 id="all-title">{t('today.all')}</h2>
            <InvoiceTable rows={data.rows} today={today} db={db} />
            {data.count > OVERVIEW_ROWS && (
              <p>
                <a href={`${dashboardUrl}#invoices`} target="_blank" rel="noreferrer">
                  {t('today.more', { count: data.count })}
                </a>
              </p>
            )}
          </section>
        </>
      )}
    </main>
  );
}
