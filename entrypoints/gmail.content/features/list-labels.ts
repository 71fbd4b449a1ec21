/**
 * « J+12 », « Payée » next to the subject of tracked invoices' rows in Sent and Inbox (the
 * background says which, in which language; the words are the overlay's catalogue); and a
 * reminder sent as a new message, left pending (a reload in its Undo period), recorded once its
 * row shows in a list (Sent): Gmail really sent it.
 */
import { gmailT } from '../../../components/gmail/strings';
import type { PendingSend } from '../../../core/model';
import { sendFromContent } from '../../../core/platform/content';
import { findListRow, findRowSubjectAnchor, parseListRows } from '../../../core/sites/gmail/parse-list';
import { showsReminder } from '../../../core/sites/gmail/sent-message';
import { type GmailFeature, gmailLang, perView } from '../registry';

const MARK = 'data-echeance-label';
/** Untracked rows already asked about in this view: asked once, not on every DOM change. */
const asked = perView();
/** Pending new-message reminders already settled from this page. */
const settled = new Set<string>();

export const listLabels: GmailFeature = {
  id: 'list-labels',
  include: (route) => route.kind === 'thread-list',
  async run({ doc, signal }) {
    const seen = asked(doc);
    const pending = parseListRows(doc)
      .map((r) => r.threadId)
      .filter((id) => !seen.has(id) && !findListRow(doc, id)?.querySelector(`[${MARK}]`));
    if (pending.length === 0) return;
    for (const id of pending) seen.add(id);
    const answer = await sendFromContent('gmail/labels', { threadIds: pending, pageLang: gmailLang(doc) });
    if (!answer.ok || signal.aborted) return;
    settleShown(doc, pending, answer.data.pendingNew ?? []);
    const t = gmailT(answer.data.lang);
    for (const label of answer.data.labels) {
      // Tracked: asked again should Gmail redraw the row without its label.
      seen.delete(label.threadId);
      const row = findListRow(doc, label.threadId);
      const anchor = row && findRowSubjectAnchor(row);
      if (!anchor || row.querySelector(`[${MARK}]`)) continue;
      const tag = doc.createElement('span');
      tag.setAttribute(MARK, label.tone);
      tag.textContent = label.closed
        ? t(label.closed === 'paid' ? 'gmail.paid' : 'gmail.writtenOff')
        : t(label.days >= 0 ? 'gmail.dayAfter' : 'gmail.dayBefore', { n: Math.abs(label.days) });
      // Inline style: list rows are many and small, a shadow root each would cost more.
      tag.style.cssText = `display:inline-block;margin-right:6px;padding:0 6px;border-radius:8px;font-size:11px;line-height:16px;font-weight:500;${
        label.tone === 'late'
          ? 'background:#fce8e6;color:#a50e0e'
          : label.tone === 'ok'
            ? 'background:#e6f4ea;color:#137333'
            : 'background:#e8f0fe;color:#174ea6'
      }`;
      anchor.prepend(tag);
    }
  },
};

/** A pending new-message reminder whose row (subject and snippet) shows is recorded, once. */
function settleShown(doc: Document, threadIds: string[], pendingNew: PendingSend[]): void {
  for (const p of pendingNew) {
    if (settled.has(p.pendingId)) continue;
    const shown = threadIds.some((id) =>
      showsReminder(findListRow(doc, id)?.textContent ?? '', p.fingerprint),
    );
    if (!shown) continue;
    settled.add(p.pendingId);
    void sendFromContent('gmail/settle-send', { pendingId: p.pendingId, outcome: 'sent' });
  }
}
