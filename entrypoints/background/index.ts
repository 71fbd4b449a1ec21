import { defineBackground } from 'wxt/utils/define-background';
import { EcheanceDb } from '../../core/db';
import { listenForMessages } from '../../core/platform';
import { createReceiver } from '../../core/protocol';
import { makeHandlers } from './handlers';

// Listeners are registered synchronously at start-up, as MV3 requires; no state lives in
// globals beyond the database handle, which is reopened on each start.
export default defineBackground(() => {
  const db = new EcheanceDb();
  listenForMessages(createReceiver(makeHandlers(db, () => new Date())));
});
