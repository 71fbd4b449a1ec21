/**
 * The invoice card under the subject of a thread: what the e-mail (and its PDF) say, with
 * « Suivre » (track-form.ts) while untracked; the tracked invoice's state from the background,
 * the « Relancer » button (remind-button.tsx) and the payment hint (payment-hint.ts) after.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { InvoiceCard } from '../../../components/gmail/InvoiceCard';
import { type GmailLang, gmailT } from '../../../components/gmail/strings';
import { undoSecondsLeft } from '../../../core/app/undo-countdown';
import { localDate } from '../../../core/dates';
import type { GmailUndo, TrackedView } from '../../../core/model';
import { sendFromContent } from '../../../core/platform/content';
import { findSubjectAnchor, findThreadContainer, readAccountEmail } from '../../../core/sites/gmail/anchors';
import { queryAll } from '../../../core/sites/gmail/dom';
import { mergePdf } from '../../../core/sites/gmail/merge-pdf';
import { parseAccount } from '../../../core/sites/gmail/parse-route';
import { parseThread } from '../../../core/sites/gmail/parse-thread';
import { settleWhenShown } from '../../../core/sites/gmail/send-watch';
import type { DetectedGmailInvoice } from '../../../core/sites/gmail/types';
import { detectThreadInvoice } from '../read-texts';
import { type GmailFeature, gmailLang, perView } from '../registry';
import { sendWatchEnv } from '../send-watch';
import { mountShadow } from '../shadow';
import { timed } from '../timing';
import { holdForMoney, markPaid, paymentReplyOf } from './payment-hint';
import { mountButton, remindInThread, removeButton } from './remind-button';
import { askGrant, dueDateFromTerms, type PdfRead, readPdf, track } from './track-form';

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

export const threadCard: GmailFeature = {
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
      if (!thread) return;
      const me = readAccountEmail(doc) ?? undefined;
      const [detected, status] = await Promise.all([
        detectThreadInvoice(thread, me),
        sendFromContent('gmail/thread-status', { threadId: thread.threadId, pageLang: gmailLang(doc) }),
      ]);
      if (!status.ok || signal.aborted || container.querySelector(CARD)) return;
      if (!detected && !status.data.tracked) {
        nothing(doc).add(`${thread.threadId}|${shape}`);
        return;
      }
      for (const pending of status.data.pendingSends ?? []) {
        // A new message shows in a thread of its own, never here: Sent's list settles it.
        if (pending.threadId === null || settling.has(pending.pendingId)) continue;
        settling.add(pending.pendingId);
        settleWhenShown(sendWatchEnv(ctx), doc, pending, {
          draftId: pending.draftId,
          composeId: null,
          intent: null,
          onRecorded: () => {},
        });
      }
      const remind = await mountCard(ctx, doc, anchor, {
        lang: status.data.lang,
        threadId: thread.threadId,
        detected,
        suggestedDueDate: await dueDateFromTerms(detected),
        tracked: status.data.tracked,
        undo: status.data.undo,
        paymentReply: paymentReplyOf(thread, me),
        signal,
        shape,
        me,
        pdf: null,
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
  /** The due date the detected payment terms give, as the background decided it. */
  suggestedDueDate: string | null;
  tracked: TrackedView | null;
  /** « Annuler » for the newest action on this invoice, while it lasts. */
  undo: GmailUndo | null;
  paymentReply: () => boolean;
  signal: AbortSignal;
  /** What the page showed when the card was drawn (shapeOf). */
  shape: string;
  me: string | undefined;
  /** The attached PDF, once asked for: read for the card, then kept by the background for « Suivre ». */
  pdf: Promise<PdfRead> | null;
}

async function mountCard(ctx: ContentScriptContext, doc: Document, anchor: Element, state: CardState) {
  const t = gmailT(state.lang);
  const account = parseAccount(doc.location.pathname);
  let host: Element | null = null;
  let root: HTMLElement | null = null;
  let shown = state.tracked;
  /** remindInThread's error, or that the reminder went to a new tab. */
  let notice: string | null = null;
  /** The notice offers to grant the attachment host. */
  let grant = false;
  /** « Action annulée. », until the next action on the card. */
  let undone: string | null = null;
  /** The countdown of « Annuler », while one is offered. */
  let undoTimer: ReturnType<typeof setInterval> | undefined;
  const secondsLeft = () => (state.undo ? undoSecondsLeft(state.undo.until, Date.now()) : 0);
  /** Redrawn each second while « Annuler » is offered; it goes at the end of its period. */
  const countDown = () => {
    clearInterval(undoTimer);
    if (secondsLeft() <= 0) return;
    undoTimer = setInterval(() => {
      if (state.signal.aborted || secondsLeft() <= 0) {
        clearInterval(undoTimer);
        state.undo = null;
      }
      draw(shown);
    }, 1000);
  };
  state.signal.addEventListener('abort', () => clearInterval(undoTimer));

  const draw = (tracked: TrackedView | null) => {
    if (!root || !host) return;
    shown = tracked;
    host.setAttribute('data-lang', state.lang);
    if (tracked?.canRemind) host.setAttribute('data-remind', tracked.invoiceId);
    else host.removeAttribute('data-remind');
    render(
      <InvoiceCard
        lang={state.lang}
        t={t}
        detected={state.detected}
        tracked={tracked}
        suggestedDueDate={state.suggestedDueDate}
        account={account}
        paymentReply={tracked !== null && tracked.status !== 'paid' && state.paymentReply()}
        today={localDate(new Date())}
        notice={notice}
        undone={undone}
        undo={state.undo && secondsLeft() > 0 ? { text: state.undo.text, seconds: secondsLeft() } : null}
        onUndo={async (e) => {
          if (!e.isTrusted || !state.undo) return;
          const answer = await sendFromContent('undo/apply', { undoId: state.undo.undoId });
          state.undo = null;
          if (answer.ok) undone = t('gmail.undone');
          else notice = answer.error.message;
          await refresh();
        }}
        onGrant={grant ? askGrant : null}
        onTrack={async (request) => {
          const pdf = state.pdf ? await state.pdf : null;
          const error = await track({ ...request, fileRef: pdf?.fileRef ?? null });
          if (error) return error;
          notice = null;
          grant = false;
          await refresh();
          return null;
        }}
        onMarkPaid={async (e) => {
          if (!e.isTrusted) return;
          if (tracked) await markPaid(tracked.invoiceId);
          await refresh();
        }}
        onHoldForMoney={async (e) => {
          if (!e.isTrusted || !tracked) return;
          await holdForMoney(tracked.invoiceId);
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
    if (!status.ok) return;
    state.undo = status.data.undo;
    if (state.undo) undone = null; // a new action: its « Annuler » replaces the last word
    draw(status.data.tracked);
    countDown();
  };
  const remind = async () => {
    if (!shown) return;
    const r = await remindInThread(ctx, doc, shown.invoiceId, state.threadId, account, refresh);
    notice = r === 'tab' ? t('gmail.inTab') : r === 'not-written' ? t('gmail.notWritten') : r;
    draw(shown);
  };
  /** A new reading of the invoice: its terms' due date asked for, then drawn. */
  const detectedNow = async (detected: DetectedGmailInvoice) => {
    state.detected = detected;
    state.suggestedDueDate = await dueDateFromTerms(detected);
    if (state.detected === detected) timed('card-render', () => draw(shown));
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
    state.paymentReply = paymentReplyOf(thread, state.me);
    if (shown) return draw(shown);
    void detectThreadInvoice(thread, state.me).then((fresh) => {
      if (fresh && !fresh.pdfAttachment && state.detected?.penaltyMention !== undefined) return draw(shown);
      if (!fresh) return draw(shown);
      void detectedNow(fresh);
      if (fresh.pdfAttachment?.url) void readInvoicePdf(fresh);
    });
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
      countDown();
    },
    onRemove: () => {
      if (root) render(null, root);
    },
  });
  // Render with the email's data first, then with what the attached PDF adds (read by the
  // background, outside this script); all of it asynchronous, off the navigation's work.
  const detected = state.detected;
  if (!state.tracked && detected?.pdfAttachment) void readInvoicePdf(detected);
  return remind;

  async function readInvoicePdf(detected: DetectedGmailInvoice) {
    // Read once: again only when no PDF was behind the attachment seen before.
    if (state.pdf && (await state.pdf).fetched) return;
    state.pdf = readPdf(detected.pdfAttachment);
    const { fetched, found, needsGrant } = await state.pdf;
    // No URL (Gmail sets download_url in Chrome only; Firefox gets the preview link, when
    // there is one) or no PDF behind it: the card says so and keeps the email's values. Behind
    // the attachment host the user has not granted, it offers to grant it (read on the next visit).
    if (!fetched && !shown && !state.signal.aborted) {
      notice = t('gmail.pdfUnread');
      grant = needsGrant;
      draw(null);
      return;
    }
    notice = null;
    grant = false;
    if (found && !shown && !state.signal.aborted) await detectedNow(mergePdf(detected, found));
  }
}
