import { defineBackground } from 'wxt/utils/define-background';
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
import { openOwnPagesOnTestRequest } from '../../core/platform/e2e';
import { E2E_WELCOME_MARKER, onFirstInstall } from '../../core/platform/install';
import { createReceiver } from '../../core/protocol';
import { makeHandlers } from './handlers';
import { onNotificationBody, onNotificationButtonClicked } from './notification-actions';
import { refresh, type Wake } from './scheduler';
import { registerWebDetect } from './web-detect';

// Listeners are registered synchronously at start-up, as MV3 requires. Nothing lives in
// globals but the database handle: the worker may be stopped at any moment.
export default defineBackground(() => {
  const db = new EcheanceDb();
  const now = () => new Date();
  // One planning at a time: a later one always reads what an earlier one wrote, so the
  // badge and the popup's overview never go back to an older state.
  let planning: Promise<void> = Promise.resolve();
  // A planning after writes that has not started yet will read later writes too: a large
  // import sent in 50 batches queues one planning, not 50 over a growing base.
  let writeQueued: Promise<void> | null = null;
  const replan = (wake: Wake) => {
    if (wake === 'write' && writeQueued) return writeQueued;
    planning = planning
      .then(() => {
        if (wake === 'write') writeQueued = null;
        return refresh(db, now(), wake);
      })
      .catch((e: unknown) => console.error('[Échéance] planification', e));
    if (wake === 'write') writeQueued = planning;
    return planning;
  };

  listenForMessages(createReceiver(makeHandlers(db, now, () => replan('write'))));
  onStartupOrInstall(() => replan('startup'));
  // The welcome on first install (issue #19). Every e2e test installs the extension afresh:
  // there it opens only for a test that asks (a marker in the user agent), so the others keep
  // the tabs they expect.
  onFirstInstall(() => {
    if (import.meta.env.MODE === 'e2e' && !navigator.userAgent.includes(E2E_WELCOME_MARKER)) return;
    void openTab(extensionUrl('/welcome.html'));
  });
  registerWebDetect();
  onAlarm((name) => replan(name === 'digest' ? 'digest' : name === 'midnight' ? 'midnight' : 'notices'));
  onNotificationClicked((id) => onNotificationBody(id));
  const button = async (id: string, index: number) => {
    if (await onNotificationButtonClicked(db, id, index, now())) await replan('write');
  };
  onNotificationButton((id, index) => {
    button(id, index);
  });

  // e2e builds only (dead code elsewhere): lets the suite press a notification's buttons,
  // which headless Chromium cannot show, through the very same handlers.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, {
      __echeanceTest: { clickNotification: onNotificationBody, pressNotificationButton: button },
    });
    if (import.meta.env.FIREFOX) openOwnPagesOnTestRequest();
  }
});
