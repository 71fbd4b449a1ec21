import './style.css';

// e2e builds: where the popup's own work starts, for the first-render benchmark.
if (import.meta.env.MODE === 'e2e') performance.mark('echeance:popup-start');

import { mountPage } from '../../components/mount';
import { Popup } from '../../components/Popup';
import { localDate } from '../../core/dates';
import { extensionUrl, send, uiLanguage } from '../../core/platform';

mountPage(document.getElementById('app')!, uiLanguage(), (db) => (
  <Popup db={db} send={send} today={localDate(new Date())} dashboardUrl={extensionUrl('/dashboard.html')} />
));
