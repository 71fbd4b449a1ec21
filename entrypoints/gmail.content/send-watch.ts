/** The send watch (core/sites/gmail/send-watch.ts) over this content script and the background. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendFromContent } from '../../core/platform/content';
import type { SendWatchEnv } from '../../core/sites/gmail/send-watch';

export function sendWatchEnv(ctx: ContentScriptContext): SendWatchEnv {
  return {
    pending: async (request) => {
      const answer = await sendFromContent('gmail/pending-send', request);
      return answer.ok ? answer.data : null;
    },
    settle: async (pendingId, outcome) => {
      const answer = await sendFromContent('gmail/settle-send', { pendingId, outcome });
      return answer.ok && answer.data.recorded;
    },
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    onInvalidated: (fn) => ctx.onInvalidated(fn),
    MutationObserver,
    now: () => Date.now(),
  };
}
