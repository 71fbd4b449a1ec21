/**
 * « Bring in the past months » (issue #19): on the Sent list or a search, a discreet bar
 * « N factures repérées dans vos e-mails envoyés — Les passer en revue ». The page reads the rows
 * (core/sites/gmail/sent-list.ts); the background says how many the review would propose
 * (invoice-looking, not said paid, not tracked yet) and opens the review page with them: the
 * panel and its decisions would not fit in this script's 30 KB.
 */
import { gmailSent } from '../../../core/i18n/catalogue/gmail-sent';
import { translator } from '../../../core/i18n/translate';
import { sendFromContent } from '../../../core/platform/content';
import { readAccountEmail } from '../../../core/sites/gmail/anchors';
import { parseAccount } from '../../../core/sites/gmail/parse-route';
import { parseSentRows, shownThreadList } from '../../../core/sites/gmail/sent-list';
import { type GmailFeature, gmailLang } from '../registry';
import { mountShadow } from '../shadow';

const HOST = 'echeance-sent';
/** Views where the user hid the bar, until the page reloads. */
const hidden = new Set<string>();
/** The rows last asked about (hash and thread ids) and the answer: asked once per set of rows. */
let asked = '';
let answer: { count: number; lang: 'fr' | 'en' } | null = null;

export const sentReview: GmailFeature = {
  id: 'sent-review',
  include: (route) => route.kind === 'thread-list' && (route.folder === 'sent' || route.folder === 'search'),
  async run({ ctx, doc, route, signal }) {
    const list = shownThreadList(doc);
    const hash = doc.location.hash;
    const rows = parseSentRows(doc);
    const key = hash + rows.map((r) => r.threadId).join();
    const shown = doc.querySelector(HOST);
    if (shown && (key !== asked || shown.nextElementSibling !== list)) shown.remove();
    if (!list || rows.length === 0 || hidden.has(hash)) return;
    const review = {
      rows: rows.slice(0, 200),
      me: readAccountEmail(doc),
      account: parseAccount(doc.location.pathname),
      sentList: route.kind === 'thread-list' && route.folder === 'sent',
      pageLang: gmailLang(doc),
    };
    if (key !== asked) {
      asked = key;
      answer = null;
      const got = await sendFromContent('gmail/sent-count', review);
      if (!got.ok || asked !== key) return;
      answer = got.data;
    }
    // Gmail re-creates the list on navigation: the bar comes back with it, not asked again.
    if (!answer?.count || signal.aborted || doc.querySelector(HOST)) return;
    const t = translator(gmailSent, answer.lang);
    const text = t('gmailSent.found', { count: answer.count });
    await mountShadow(ctx, {
      name: HOST,
      anchor: list,
      append: 'before',
      onMount(body, host) {
        const bar = doc.createElement('div');
        bar.className = 'sent-bar';
        bar.setAttribute('role', 'status');
        const label = doc.createElement('span');
        label.textContent = text;
        const open = doc.createElement('button');
        open.textContent = t('gmailSent.review');
        open.dataset.testid = 'sent-review-open';
        open.onclick = () => sendFromContent('gmail/sent-review', review);
        const hide = doc.createElement('button');
        hide.textContent = t('gmailSent.dismiss');
        hide.onclick = () => {
          hidden.add(hash);
          host.remove();
        };
        bar.append(label, open, hide);
        body.append(bar);
      },
    });
  },
};
