/**
 * A new message Échéance opened in this tab (`view=cm`: an invoice with no Gmail thread): once
 * Gmail has built the compose, the background says whether it is one of ours (its recipient and
 * subject or first words); then it is followed to Send like a reply (core/sites/gmail/send-watch)
 * and recorded when Gmail really sends it, and the invoice PDF is dropped in when there is one.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendFromContent } from '../../../core/platform/content';
import { listComposes, waitForEditor } from '../../../core/sites/gmail/compose';
import { dropAttachment, fileFromBase64 } from '../../../core/sites/gmail/compose-attach';
import { isNewMessage, readCompose } from '../../../core/sites/gmail/compose-read';
import { armCompose } from '../../../core/sites/gmail/send-watch';
import type { GmailFeature } from '../registry';
import { sendWatchEnv } from '../send-watch';

/** Composes already asked about: each is asked once, when Gmail has finished building it. */
const seen = new WeakSet<Element>();
/** Gmail fills a compose opened by URL in steps (then the signature): read it once still. */
const EDITOR = { quietMs: 400, timeoutMs: 8000 };

export const openedCompose: GmailFeature = {
  id: 'opened-compose',
  include: () => true,
  run({ ctx, doc }) {
    for (const compose of listComposes(doc)) {
      if (seen.has(compose) || !isNewMessage(compose)) continue;
      seen.add(compose);
      void follow(ctx, doc, compose);
    }
  },
};

async function follow(ctx: ContentScriptContext, doc: Document, compose: Element): Promise<void> {
  if (!(await waitForEditor(compose, MutationObserver, EDITOR))) return;
  const answer = await sendFromContent('gmail/opened-compose', readCompose(compose));
  if (!answer.ok || !answer.data.found) return;
  const found = answer.data.found;
  // The background keeps only the fields of a pending send (zod drops `start` and `attach`).
  const intent = { ...found, threadId: null, viewThreadId: 'new-message', body: found.start };
  armCompose(sendWatchEnv(ctx), doc, compose, intent, () => {});
  if (found.attach) await attachInvoicePdf(ctx, doc, compose, found.invoiceId);
}

/** Drops the invoice's stored PDF into `compose`; nothing when it has none or the user said no. */
export async function attachInvoicePdf(
  ctx: ContentScriptContext,
  doc: Document,
  compose: Element,
  invoiceId: string,
): Promise<void> {
  const answer = await sendFromContent('gmail/invoice-pdf', { invoiceId });
  const file = answer.ok ? answer.data.file : null;
  if (!file || !compose.isConnected) return;
  await dropAttachment(doc, compose, fileFromBase64(file.name, file.mime, file.base64), {
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
  });
}
