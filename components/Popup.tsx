import { useEffect, useState } from 'preact/hooks';
import type { EcheanceDb } from '../core/db/database';
import { OVERVIEW_ROWS, type Overview, type PopupStart } from '../core/db/overview-row';
import type { PageSnapshot } from '../core/extract/html';
import type { IsoDate } from '../core/model';
import { formatMoney } from '../core/money';
import type { Send } from '../core/protocol';
import { TodayView } from './actions/TodayView';
import { InvoiceTable } from './InvoiceTable';
import { useBaseT as useT } from './i18n/base';
import { PageDetect } from './import/PageDetect';
import { lazyComponent } from './lazy';
import { useFirstRenderMark } from './perf-mark';
import type { PopupLive } from './popup-live';
import { PopupChecklist } from './welcome/PopupChecklist';

/** « Annuler » after an action (issue #20), loaded after the first paint. */
const UndoToast = lazyComponent(async () => (await import('./undo/UndoToast')).UndoToast);

interface PopupProps {
  /** The database side (Dexie, live queries), loaded once; asked for after the first paint. */
  live: () => Promise<PopupLive>;
  send: Send;
  today: IsoDate;
  dashboardUrl: string;
  /** Reads the active tab (activeTab + scripting) for « Détecter la facture sur cette page ». */
  detect: () => Promise<PageSnapshot>;
  /** The overview and the Gmail state read before the first paint (core/db/first-read.ts). */
  first?: PopupStart;
}

export function Popup({ live, send, today, dashboardUrl, detect, first }: PopupProps) {
  const { t, lang } = useT();
  const [db, setDb] = useState<EcheanceDb>();
  const [data, setData] = useState<Overview | undefined>(first?.overview);
  const [gmail, setGmail] = useState<boolean | null | undefined>(first?.gmail);
  useFirstRenderMark('popup', Boolean(data));
  // After the first paint (effects run once it is on screen): the same rows, read live.
  useEffect(() => {
    const report = (e: unknown) => console.error('[Échéance] lecture impossible', e);
    let on = true;
    const subscriptions: { unsubscribe(): void }[] = [];
    live().then((l) => {
      if (!on) return;
      setDb(l.db);
      subscriptions.push(
        l.overview.subscribe({ next: setData, error: report }),
        l.gmail.subscribe({ next: setGmail, error: report }),
      );
    }, report);
    return () => {
      on = false;
      for (const s of subscriptions) s.unsubscribe();
    };
  }, [live]);
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
      <PopupChecklist db={db} />
      {db && <UndoToast db={db} send={send} />}
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
          <TodayView db={db} send={send} today={today} due={data.due} total={data.dueCount} />
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
