/**
 * « Relancer »: the button in the thread's toolbar once the card says a step is due, and what a
 * click does: today's reminder from the background, written into Gmail's own reply in the
 * thread (or, failing that, a new message to the client) by core/sites/gmail/compose, then
 * recorded only once Gmail has sent it (send-watch.ts). Never Forward.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GmailT } from '../../../components/gmail/strings';
import { gmailComposeUrl } from '../../../core/compose/targets';
import { sendFromContent } from '../../../core/platform/content';
import { findToolbar } from '../../../core/sites/gmail/anchors';
import { type ComposeTiming, writeInCompose } from '../../../core/sites/gmail/compose';
import { armCompose } from '../../../core/sites/gmail/send-watch';
import { sendWatchEnv } from '../send-watch';
import { mountShadow } from '../shadow';
import { attachInvoicePdf } from './opened-compose';

const BUTTON = 'echeance-remind';
const buttonPending = new WeakSet<Element>();

export function removeButton(doc: Document): void {
  doc.querySelector(BUTTON)?.remove();
}

export function mountButton(ctx: ContentScriptContext, doc: Document, t: GmailT, remind: () => void) {
  const toolbar = findToolbar(doc);
  if (!toolbar || toolbar.querySelector(BUTTON) || buttonPending.has(toolbar)) return;
  buttonPending.add(toolbar);
  mountShadow(ctx, {
    name: BUTTON,
    anchor: toolbar,
    append: 'last',
    onMount: (container) => {
      render(
        <button
          type="button"
          class="remind"
          data-testid="echeance-remind"
          onClick={(e) => e.isTrusted && remind()}
        >
          {t('gmail.remind')}
        </button>,
        container,
      );
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  }).finally(() => buttonPending.delete(toolbar));
}

/** Gmail renders the reply bar late and builds the editor in steps: each is waited for this long. */
const TIMING: ComposeTiming = {
  composeMs: 5000,
  lateControlMs: 3000,
  editor: { quietMs: 400, timeoutMs: 8000 },
};
/** Threads whose « Relancer » is under way: a double click opens one reply. */
const busy = new Set<string>();

/**
 * `null` once the reminder is written into Gmail's compose; `tab` when it went to a new tab
 * (nothing recorded); `not-written` when Gmail's editor did not keep the text; else the error
 * to show. `onSent` runs once the step is recorded.
 */
export async function remindInThread(
  ctx: ContentScriptContext,
  doc: Document,
  invoiceId: string,
  threadId: string,
  account: number,
  onSent: () => void,
): Promise<string | null> {
  if (busy.has(threadId)) return null;
  busy.add(threadId);
  try {
    const draft = await sendFromContent('reminder/draft', { invoiceId });
    if (!draft.ok) return draft.error.message;
    const { subject, body, to, stepId, template, covers } = draft.data;
    const written = await writeInCompose(doc, threadId, { subject, body, to }, MutationObserver, TIMING);
    if (written === 'no-compose') {
      // Neither a reply nor a compose button: Gmail's full-screen compose by URL, remembered so
      // that the new tab's page follows it to Send (features/opened-compose.ts).
      await sendFromContent('gmail/remember-compose', { invoiceId });
      window.open(gmailComposeUrl({ to, subject, body }, account), '_blank', 'noopener');
      return 'tab';
    }
    if (written === 'not-written') return written;
    const { compose, reply } = written;
    const intent = { invoiceId, stepId, template, threadId: reply ? threadId : null, viewThreadId: threadId };
    armCompose(sendWatchEnv(ctx), doc, compose, { ...intent, covers, body }, onSent);
    // The invoice PDF goes with the reminder and the formal notice e-mail (unless turned off).
    void attachInvoicePdf(ctx, doc, compose, invoiceId);
    return null;
  } finally {
    busy.delete(threadId);
  }
}
