/**
 * The invoice card under the subject of a thread, and the « Relancer » button in its
 * toolbar once the invoice is tracked.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { InvoiceCard } from '../../../components/gmail/InvoiceCard';
import { type GmailLang, gmailT } from '../../../components/gmail/strings';
import { localDate } from '../../../core/dates';
import { dueDateFromTerms } from '../../../core/law/payment-terms';
import { sendFromContent } from '../../../core/platform/content';
import type { TrackedView } from '../../../core/protocol/messages';
import { findSubjectAnchor, findThreadContainer, readAccountEmail } from '../../../core/sites/gmail/anchors';
import { detectInvoice } from '../../../core/sites/gmail/detect';
import { queryAll } from '../../../core/sites/gmail/dom';
import { mergePdf } from '../../../core/sites/gmail/merge-pdf';
import { parseThread } from '../../../core/sites/gmail/parse-thread';
import { detectPaymentReply } from '../../../core/sites/gmail/payment-reply';
import type { DetectedGmailInvoice } from '../../../core/sites/gmail/types';
import { type AttachmentRead, fetchAttachment } from '../attachment';
import { composeReminder } from '../compose-reminder';
import { type GmailFeature, gmailLang, perView } from '../registry';
import { settleWhenShown } from '../send-watch';
import { mountShadow } from '../shadow';
import { timed } from '../timing';
import { askGrant, mountButton, removeButton } from './remind-button';

const CARD = 'echeance-card';
const inFlight = new WeakSet<Element>();
/** Threads of this view with nothing to show (no invoice, untracked): not parsed again. */
const nothing = perView();
/** The card's « Relancer », for the button Gmail's re-rendered toolbar gets back. */
const reminders = new WeakMap<Element, () => void>();
/** The card's update from the page, run when messages expand or arrive. */
const updaters = new WeakMap<Element, (shape: string) => void>();
/** Pending sends already being settled in this page. */
const settling = new Set<string>();

/** How many messages the page shows expanded and collapsed: it changes when more can be read. */
function shapeOf(container: Element): string {
  return `${queryAll(container, 'message').length}/${queryAll(container, 'collapsedMessage').length}`;
}

function accountIndex(doc: Document): number {
  return Number(/\/mail\/u\/(\d+)\//.exec(doc.location.pathname)?.[1] ?? 0);
}

export const threadInvoice: GmailFeature = {
  id: 'thread-invoice',
  include: (route) => route.kind === 'thread',
  async run({ ctx, doc, signal }) {
    const container = findThreadContainer(doc);
    const anchor = container && findSubjectAnchor(doc);
    const id = anchor?.getAttribute('data-legacy-thread-id');
    if (!container || !anchor || inFlight.has(container)) return;
    // "Nothing here" holds for what the page showed: an expanded or new message is read again.
    const shape = shapeOf(container);
    if (id && nothing(doc).has(`${id}|${shape}`)) return;
    const card = container.querySelector(CARD);
    if (card) {
      updaters.get(card)?.(shape);
      // Gmail re-renders toolbars: put the button back when the card says it belongs.
      const remind = reminders.get(card);
      if (remind && card.hasAttribute('data-remind')) mountButton(ctx, doc, gmailT(lang(card)), remind);
      return;
    }
    inFlight.add(container);
    try {
      const thread = timed('thread-parse', () => parseThread(container));
      const read =
        thread &&
        timed('thread-detect', () => {
          const me = readAccountEmail(doc) ?? undefined;
          return { thread, me, detected: detectInvoice(thread, me) };
        });
      if (!read) return;
      const { me, detected } = read;
      const status = await sendFromContent('gmail/thread-status', {
        threadId: thread.threadId,
        pageLang: gmailLang(doc),
      });
      if (!status.ok || signal.aborted || container.querySelector(CARD)) return;
      if (!detected && !status.data.tracked) {
        nothing(doc).add(`${thread.threadId}|${shape}`);
        return;
      }
      for (const pending of status.data.pendingSends ?? []) {
        // A new message shows in a thread of its own, never here: Sent's list settles it.
        if (pending.threadId === null || settling.has(pending.pendingId)) continue;
        settling.add(pending.pendingId);
        settleWhenShown(ctx, doc, pending, {
          draftId: pending.draftId,
          composeId: null,
          intent: null,
          onRecorded: () => {},
        });
      }
      // Read only once an unpaid invoice is tracked: the hint is for that case alone, and a
      // long thread's replies are the costliest text to scan.
      let replied: boolean | undefined;
      const paymentReply = () => {
        replied ??= timed('thread-detect', () => (me ? detectPaymentReply(thread, me) : false));
        return replied;
      };
      const remind = await mountCard(ctx, doc, anchor, {
        lang: status.data.lang,
        threadId: thread.threadId,
        detected,
        tracked: status.data.tracked,
        paymentReply,
        signal,
        shape,
        me,
      });
      if (status.data.composeNow && status.data.tracked?.canRemind) await remind();
    } finally {
      inFlight.delete(container);
    }
  },
};

const lang = (el: Element): GmailLang => (el.getAttribute('data-lang') === 'en' ? 'en' : 'fr');

interface CardState {
  lang: GmailLang;
  threadId: string;
  detected: DetectedGmailInvoice | null;
  tracked: TrackedView | null;
  paymentReply: () => boolean;
  signal: AbortSignal;
  /** What the page showed when the card was drawn (shapeOf). */
  shape: string;
  me: string | undefined;
  /** The attached PDF, once fetched: read for the card, then kept with the invoice. */
  file?: AttachmentRead['file'];
}

async function mountCard(ctx: ContentScriptContext, doc: Document, anchor: Element, state: CardState) {
  const t = gmailT(state.lang);
  let host: Element | null = null;
  let root: HTMLElement | null = null;
  let shown = state.tracked;
  /** composeReminder's error, or that the reminder went to a new tab. */
  let notice: string | null = null;
  /** The notice offers to grant the attachment host. */
  let grant = false;

  const draw = (tracked: TrackedView | null) => {
    if (!root || !host) return;
    shown = tracked;
    const suggestedDueDate = state.detected?.paymentTerms
      ? dueDateFromTerms({ terms: state.detected.paymentTerms, issueDate: state.detected.issueDate }).dueDate
      : null;
    host.setAttribute('data-lang', state.lang);
    if (tracked?.canRemind) host.setAttribute('data-remind', tracked.invoiceId);
    else host.removeAttribute('data-remind');
    render(
      <InvoiceCard
        lang={state.lang}
        t={t}
        detected={state.detected}
        tracked={tracked}
        suggestedDueDate={suggestedDueDate}
        account={accountIndex(doc)}
        paymentReply={tracked !== null && tracked.status !== 'paid' && state.paymentReply()}
        today={localDate(new Date())}
        notice={notice}
        onGrant={grant ? askGrant : null}
        onTrack={async (request) => {
          const file = state.file ?? (await fetchAttachment(state.detected?.pdfAttachment ?? null)).file;
          const answer = await sendFromContent('invoice/track', { ...request, file });
          if (!answer.ok) return answer.error.issues[0]?.message ?? answer.error.message;
          notice = null;
          grant = false;
          await refresh();
          return null;
        }}
        onMarkPaid={async (e) => {
          if (!e.isTrusted) return;
          if (tracked) await sendFromContent('invoice/mark-paid', { invoiceId: tracked.invoiceId });
          await refresh();
        }}
        onHoldForMoney={async (e) => {
          if (!e.isTrusted || !tracked) return;
          await sendFromContent('invoice/payment-announced', {
            invoiceId: tracked.invoiceId,
            gmailMessageId: null,
          });
          await refresh();
        }}
      />,
      root,
    );
    if (tracked?.canRemind) mountButton(ctx, doc, t, remind);
    else removeButton(doc);
  };
  const refresh = async () => {
    const status = await sendFromContent('gmail/thread-status', {
      threadId: state.threadId,
      pageLang: gmailLang(doc),
    });
    if (status.ok) draw(status.data.tracked);
  };
  const remind = async () => {
    if (!shown) return;
    const r = await composeReminder(ctx, doc, shown.invoiceId, state.threadId, accountIndex(doc), refresh);
    notice = r === 'tab' ? t('gmail.inTab') : r === 'not-written' ? t('gmail.notWritten') : r;
    draw(shown);
  };
  /**
   * Messages expanded or arrived: read the thread again. An invoice seen collapsed is completed
   * (recipients, attachment, then its PDF); a payment reply may now show.
   */
  const update = (shape: string) => {
    if (shape === state.shape) return;
    state.shape = shape;
    const container = findThreadContainer(doc);
    const thread = container && timed('thread-parse', () => parseThread(container));
    if (!thread) return;
    let replied: boolean | undefined;
    state.paymentReply = () => {
      replied ??= state.me ? detectPaymentReply(thread, state.me) : false;
      return replied;
    };
    const fresh = shown ? null : detectInvoice(thread, state.me);
    if (fresh && !fresh.pdfAttachment && state.detected?.penaltyMention !== undefined) return draw(shown);
    if (fresh) state.detected = fresh;
    draw(shown);
    if (fresh?.pdfAttachment?.url && !state.file) void readPdf(fresh);
  };

  await mountShadow(ctx, {
    name: CARD,
    // After the subject's header row, so the card takes the full width under it.
    anchor: anchor.parentElement ?? anchor,
    append: 'after',
    onMount: (container, shadowHost) => {
      host = shadowHost;
      reminders.set(shadowHost, remind);
      updaters.set(shadowHost, update);
      root = container;
      timed('card-render', () => draw(state.tracked));
    },
    onRemove: () => {
      if (root) render(null, root);
    },
  });
  // Render with the email's data first, then with what the attached PDF adds (read by the
  // background, outside this script); all of it asynchronous, off the navigation's work.
  const detected = state.detected;
  if (!state.tracked && detected?.pdfAttachment) void readPdf(detected);
  return remind;

  async function readPdf(detected: DetectedGmailInvoice) {
    const { file, needsGrant } = await fetchAttachment(detected.pdfAttachment);
    state.file = file;
    // No URL (Gmail sets download_url in Chrome only; Firefox gets the preview link, when
    // there is one) or no PDF behind it: the card says so and keeps the email's values. Behind
    // the attachment host the user has not granted, it offers to grant it (read on the next visit).
    if (!state.file && !shown && !state.signal.aborted) {
      notice = t('gmail.pdfUnread');
      grant = needsGrant;
      draw(null);
      return;
    }
    notice = null;
    grant = false;
    const read = state.file && (await sendFromContent('extract/pdf', state.file));
    if (read?.ok && !shown && !state.signal.aborted) {
      timed('card-render', () => {
        state.detected = mergePdf(detected, read.data.found);
        draw(null);
      });
    }
  }
}
