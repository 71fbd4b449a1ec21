import './style.css';
import { mountPage } from '../../components/mount';
import { Welcome } from '../../components/welcome/Welcome';
import { extensionUrl, send, uiLanguage } from '../../core/platform';

// The first-run tab the background opens on install (issue #19); the popup links here until done.
mountPage(document.getElementById('app')!, uiLanguage(), (db) => (
  <Welcome db={db} send={send} dashboardUrl={extensionUrl('/dashboard.html')} />
));
