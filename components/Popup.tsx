import { useEffect, useState } from 'preact/hooks';
import type { RowPending } from '../core/app/action-row';
import { pendingByInvoice } from '../core/app/pending-confirm-read';
import type { EcheanceDb } from '../core/db/database';
import type { Overview, PopupStart } from '../core/db/overview-row';
import type { PageSnapshot } from '../core/extract/html';
import type { IsoDate } from '../core/model';
import { formatMoney } from '../core/money';
import type { Send } from '../core/protocol';
import { PendingConfirmList } from './actions/PendingConfirm';
import { TodayView } from './actions/TodayView';
import { useBaseT as useT } from './i18n/base';
import { lazyComponent } from './lazy';
import { useFirstRenderMark } from './perf-mark';
import type { PopupLive } from './popup-live';

/** Shown only on a page that looks like an invoice: loaded then, not with the first paint. */
const PageDetect = lazyComponent(async () => (await import('./import/PageDetect')).PageDetect);

/**
 * The welcome's checklist reads the database, so it shows after Dexie opens anyway: its code, its
 * words and its style load then, not before the first paint (issue #11).
 */
const PopupChecklist = lazyComponent(async () => (await import('./welcome/PopupChecklist')).PopupChecklist);

/** Actions shown at once: what fits Chrome's 600 px popup; the rest is a link to the dashboard. */
const POPUP_ROWS = 8;

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
  /** Whether the active tab looks like an invoice (core/sites/invoice-page/looks-like.ts). */
  pageLooksLikeInvoice: () => Promise<boolean>;
  /** The overview and the Gmail state read before the first paint (core/db/first-read.ts). */
  first?: PopupStart;
}

export function Popup({ live, send, today, dashboardUrl, detect, pageLooksLikeInvoice, first }: PopupProps) {
  const { t, lang } = useT();
  const [db, setDb] = useState<EcheanceDb>();
  const [data, setData] = useState<Overview | undefined>(first?.overview);
  const [gmail, setGmail] = useState<boolean | null | undefined>(first?.gmail);
  const [invoicePage, setInvoicePage] = useState(false);
  // Reminders opened in Outlook or the mail app, not yet confirmed as sent: on their rows too.
  const [pending, setPending] = useState<ReadonlyMap<string, RowPending>>(new Map());
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
    // A page that does not look like an invoice gets no « Détecter » (issue #20).
    pageLooksLikeInvoice().then(
      (yes) => on && setInvoicePage(yes),
      () => undefined, // the tab cannot be read: nothing to offer
    );
    return () => {
      on = false;
      for (const s of subscriptions) s.unsubscribe();
    };
  }, [live, pageLooksLikeInvoice]);
  if (!data) return null;
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('app.name')}</h1>
        <a
          href={`${dashboardUrl}#invoices`}
          target="_blank"
          rel="noreferrer"
          data-testid="popup-all-invoices"
        >
          {t('popup.allInvoices')}
        </a>
      </header>
      {gmail === false && (
        <p class="notice" role="status" data-testid="gmail-unrecognised">
          {t('popup.gmailUnrecognised')}
        </p>
      )}
      {db && <PopupChecklist db={db} />}
      {db && (
        <PendingConfirmList db={db} send={send} onViews={(v) => setPending(pendingByInvoice(v, today))} />
      )}
      {db && <UndoToast db={db} send={send} />}
      {invoicePage && <PageDetect send={send} detect={detect} />}
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
          <TodayView
            db={db}
            send={send}
            today={today}
            due={data.due}
            total={data.dueCount}
            pageSize={POPUP_ROWS}
            restHref={dashboardUrl}
            keyboard
            invoiceHref={(id) => `${dashboardUrl}#invoice/${id}`}
            pending={pending}
          />
          {data.due.length > 0 && <p class="keys muted">{t('popup.keys')}</p>}
        </>
      )}
    </main>
  );
}
