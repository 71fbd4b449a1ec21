import { Popup } from '../../components/Popup';
import { paintPage } from '../../components/paint';
import type { PopupLive } from '../../components/popup-live';
import type { FirstRead } from '../../core/db/first-read';
import type { PageSnapshot } from '../../core/extract/html';
import type { IsoDate } from '../../core/model';
import { extensionUrl, send, uiLanguage } from '../../core/platform';

/**
 * The popup itself, loaded by main.tsx while the first rows are being read: painted with them,
 * or with what Dexie reads when they could not be read without it.
 */
export async function start(today: IsoDate, firstRead: Promise<FirstRead | null>): Promise<void> {
  /**
   * Dexie, the database and the live queries (components/popup-live.ts), loaded once: after the
   * first paint, or before it when the first rows could not be read without them.
   */
  let live: Promise<PopupLive> | undefined;
  const connect = () => {
    live ??= import('../../components/popup-live').then((m) => m.connect(today));
    return live;
  };
  const quick = await firstRead;
  const { display, start: first } = quick?.start
    ? { display: quick.display, start: quick.start }
    : await (await connect()).start(quick?.display);
  paintPage(
    document.getElementById('app')!,
    display,
    uiLanguage(),
    <Popup
      live={connect}
      send={send}
      today={today}
      dashboardUrl={extensionUrl('/dashboard.html')}
      detect={snapshotActiveTab}
      pageLooksLikeInvoice={pageLooksLikeInvoice}
      first={first}
    />,
  );
}

/**
 * The active tab's side (core/platform/scripting.ts, the invoice-page guess) loads after the first
 * paint: the popup's first script carries none of it (issue #11).
 */
const scripting = () => import('../../core/platform/scripting');
const pageLooksLikeInvoice = async () => {
  const [{ looksLikeInvoicePage }, { activeTabPage }] = await Promise.all([
    import('../../core/sites/invoice-page/looks-like'),
    scripting(),
  ]);
  return looksLikeInvoicePage(await activeTabPage());
};
const snapshotActiveTab = async (): Promise<PageSnapshot> => (await scripting()).snapshotActiveTab();
