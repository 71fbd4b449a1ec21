import './style.css';
import { mountPage } from '../../components/mount';
import { Popup } from '../../components/Popup';
import { localDate } from '../../core/dates';
import { type PopupStart, readPopupStart } from '../../core/db/overview-read';
import { extensionUrl, send, uiLanguage } from '../../core/platform';
import { snapshotActiveTab } from '../../core/platform/scripting';

// e2e builds: where the popup's own work starts (its modules are loaded), for the benchmark.
if (import.meta.env.MODE === 'e2e') performance.mark('echeance:popup-start');

const today = localDate(new Date());

mountPage<PopupStart>(
  document.getElementById('app')!,
  uiLanguage(),
  (db, first) => (
    <Popup
      db={db}
      send={send}
      today={today}
      dashboardUrl={extensionUrl('/dashboard.html')}
      detect={snapshotActiveTab}
      first={first}
    />
  ),
  (db) => readPopupStart(db, today),
);
