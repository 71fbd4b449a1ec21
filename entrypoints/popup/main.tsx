import './style.css';
import { mountPage } from '../../components/mount';
import { Popup } from '../../components/Popup';
import { localDate } from '../../core/dates';
import { extensionUrl, uiLanguage } from '../../core/platform';

mountPage(document.getElementById('app')!, uiLanguage(), (db) => (
  <Popup db={db} today={localDate(new Date())} dashboardUrl={extensionUrl('/dashboard.html')} />
));
