import './style.css';
import { Dashboard } from '../../components/Dashboard';
import { download } from '../../components/download';
import { mountPage } from '../../components/mount';
import { localDate } from '../../core/dates';
import { send, uiLanguage } from '../../core/platform';
import { attachmentAccess } from '../../core/platform/gmail-attachments';
import { grantedSiteOrigins, removeSiteOrigins, requestSiteOrigins } from '../../core/platform/scripting';

const sites = { granted: grantedSiteOrigins, request: requestSiteOrigins, remove: removeSiteOrigins };

mountPage(document.getElementById('app')!, uiLanguage(), (db) => (
  <Dashboard
    db={db}
    send={send}
    today={localDate(new Date())}
    download={download}
    sites={sites}
    attachments={attachmentAccess}
  />
));
