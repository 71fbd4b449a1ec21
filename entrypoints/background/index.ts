import { defineBackground } from 'wxt/utils/define-background';
import { runAutoBackup } from '../../core/app/auto-backup';
import { onNotificationBody, onNotificationButtonClicked } from '../../core/app/notification-click';
import { refresh, replanQueue } from '../../core/app/refresh';
import { AUTO_BACKUP_ALARM } from '../../core/backup/schedule';
import { EcheanceDb } from '../../core/db';
import {
  extensionUrl,
  listenForMessages,
  onAlarm,
  onNotificationButton,
  onNotificationClicked,
  onStartupOrInstall,
  openTab,
} from '../../core/platform';
import { openBackupFolder } from '../../core/platform/backup-folder';
import { openOwnPagesOnTestRequest } from '../../core/platform/e2e';
import { E2E_WELCOME_MARKER, onFirstInstall } from '../../core/platform/install';
import { createReceiver } from '../../core/protocol';
import { makeHandlers } from './handlers';
import { browserPorts as ports } from './ports';
import { registerWebDetect } from './web-detect';

// Listeners are registered synchronously at start-up, as MV3 requires. Nothing lives in
// globals but the database handle: the worker may be stopped at any moment.
export default defineBackground(() => {
  const db = new EcheanceDb();
  const now = () => new Date();
  const replan = replanQueue((wake) => refresh(db, now(), wake, ports));

  listenForMessages(createReceiver(makeHandlers(db, now, () => replan('write'), ports)));
  onStartupOrInstall(() => replan('startup'));
  // The welcome on first install (issue #19). Every e2e test installs the extension afresh:
  // there it opens only for a test that asks (a marker in the user agent), so the others keep
  // the tabs they expect.
  onFirstInstall(() => {
    if (import.meta.env.MODE === 'e2e' && !navigator.userAgent.includes(E2E_WELCOME_MARKER)) return;
    void openTab(extensionUrl('/welcome.html'));
  });
  registerWebDetect();
  // The daily backup (issue #20): on its alarm, and at start-up for a day the browser was closed.
  const backup = () =>
    runAutoBackup(db, now(), openBackupFolder).catch((e: unknown) =>
      console.error('[Échéance] auto-backup', e),
    );
  onStartupOrInstall(() => void backup());
  onAlarm((name) => {
    // Then planned again for tomorrow, with the other alarms.
    if (name === AUTO_BACKUP_ALARM) return void backup().then(() => replan('write'));
    void replan(name === 'digest' ? 'digest' : name === 'midnight' ? 'midnight' : 'notices');
  });
  const body = (id: string) => onNotificationBody(id, ports);
  onNotificationClicked((id) => void body(id));
  const button = async (id: string, index: number) => {
    if (await onNotificationButtonClicked(db, id, index, now(), ports)) await replan('write');
  };
  onNotificationButton((id, index) => void button(id, index));

  // e2e builds only (dead code elsewhere): lets the suite press a notification's buttons,
  // which headless Chromium cannot show, through the very same handlers.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, {
      __echeanceTest: { clickNotification: body, pressNotificationButton: button },
    });
    if (import.meta.env.FIREFOX) openOwnPagesOnTestRequest();
  }
});
