import { defineBackground } from 'wxt/utils/define-background';
import { EcheanceDb } from '../../core/db';
import {
  listenForMessages,
  onAlarm,
  onNotificationButton,
  onNotificationClicked,
  onStartupOrInstall,
} from '../../core/platform';
import { openOwnPagesOnTestRequest } from '../../core/platform/e2e';
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
  const replan = (wake: Wake) => {
    planning = planning
      .then(() => refresh(db, now(), wake))
      .catch((e: unknown) => console.error('[Échéance] planification', e));
    return planning;
  };

  listenForMessages(createReceiver(makeHandlers(db, now, () => replan('write'))));
  onStartupOrInstall(() => replan('startup'));
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
