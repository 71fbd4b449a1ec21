/**
 * Keys typed in our card and button never reach Gmail's shortcuts (c, r, e, #…), whatever the
 * phase Gmail listens in: stopped at the window's capture, the first stop of every key event,
 * when they come from inside one of our shadow roots. Typing is the browser's default action and
 * still happens; WXT's isolateEvents only stops them on the way back up (bubble phase).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const OURS = new Set(['ECHEANCE-CARD', 'ECHEANCE-REMIND', 'ECHEANCE-SENT']);

export function guardKeys(ctx: ContentScriptContext, win: Window): void {
  const stop = (e: Event) => {
    // From outside a closed shadow root, the path starts at its host.
    const origin = e.composedPath()[0];
    const root = origin instanceof Node ? origin.getRootNode() : null;
    const host = root instanceof ShadowRoot ? root.host : origin;
    if (host instanceof Element && OURS.has(host.tagName)) e.stopPropagation();
  };
  for (const type of ['keydown', 'keypress', 'keyup'])
    ctx.addEventListener(win, type as 'keydown', stop, { capture: true });
}
