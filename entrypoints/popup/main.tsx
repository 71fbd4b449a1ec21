import './style.css';
import { Popup } from '../../components/Popup';
import { paintPage } from '../../components/paint';
import type { PopupLive } from '../../components/popup-live';
import { localDate } from '../../core/dates';
import { readFirstPaint } from '../../core/db/first-read';
import type { PageSnapshot } from '../../core/extract/html';
import { extensionUrl, send, uiLanguage } from '../../core/platform';

// e2e builds: where the popup's own work starts (its modules are loaded), for the benchmark.
if (import.meta.env.MODE === 'e2e') performance.mark('echeance:popup-start');

const today = localDate(new Date());

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

/**
 * Dexie, the database and the live queries (components/popup-live.ts), loaded once: after the
 * first paint, or before it when the first rows could not be read without them.
 */
let live: Promise<PopupLive> | undefined;
const connect = () => {
  live ??= import('../../components/popup-live').then((m) => m.connect(today));
  return live;
};

async function start(): Promise<void> {
  // Plain IndexedDB first (issue #11: the popup paints without loading Dexie).
  const quick = await readFirstPaint(today);
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

void start();
