import './style.css';
import { mountPage } from '../../components/mount';
import { Popup } from '../../components/Popup';
import { localDate } from '../../core/dates';
import { extensionUrl, send, uiLanguage } from '../../core/platform';
import { snapshotActiveTab } from '../../core/platform/scripting';

// e2e builds: where the popup's own work starts (its modules are loaded), for the benchmark.
if (import.meta.env.MODE === 'e2e') performance.mark('echeance:popup-start');

mountPage(document.getElementById('app')!, uiLanguage(), (db) => (
  <Popup
    db={db}
    send={send}
    today={localDate(new Date())}
    dashboardUrl={extensionUrl('/dashboard.html')}
    detect={snapshotActiveTab}
  />
));
