/**
 * Every Gmail selector lives here and nowhere else (ARCHITECTURE.md, "Gmail integration").
 * Gmail renames its obfuscated classes, so each entry is a list of fallbacks tried in order:
 * stable hooks first (`gh=`, `role=`, `data-*`, `email`), class names next, localised
 * aria-labels only as a last resort and then in both languages.
 * Facts: /work/shared/reference/gmail-dom.md (GJS = gmail.js @ b7dfdab, ISDK = InboxSDK @ a8a6fe2).
 */

export interface Fallback {
  readonly css: string;
  /** When it was last confirmed against Gmail or the libraries that track it. */
  readonly confirmed: string;
}

// What each fallback targets, and where the fact comes from, is the comment before it: comments
// say it to the reader without shipping it in the content script (its budget is 30 KB gzipped).
const f = (css: string, confirmed = '2026-11'): Fallback => ({ css, confirmed });

export const GMAIL_SELECTORS = {
  main: [
    /* main content root; absent while Gmail loads (ISDK gmail-route-view.ts:342, GJS L316) */ f(
      '[role=main]',
    ),
  ],
  threadA98: [/* thread element since 2023-11-16 (ISDK gmail-element-getter.ts:336) */ f('.a98.iY')],
  threadBs: [
    /* older thread table (ISDK gmail-element-getter.ts:335, "2018" selector) */ f('table.Bs.iY'),
    /* older thread table without iY */ f('table.Bs'),
  ],
  threadSubject: [
    /* subject carrying the legacy thread id (ISDK gmail-thread-view.ts:553-566) */ f(
      'h2.hP[data-legacy-thread-id]',
    ),
    /* same element if the hP class is renamed */ f('h2[data-legacy-thread-id]'),
    /* subject without id attribute (GJS L4504) */ f('h2.hP'),
    /* subject by its header wrapper (ISDK gmail-thread-view.ts:520) */ f('.ha h2'),
  ],
  toolbar: [
    /* main toolbar inside the toolbar container (ISDK gmail-thread-view.ts:829-834) */ f('[gh=tm] [gh=mtb]'),
    /* main toolbar alone (GJS L424) */ f('[gh=mtb]'),
  ],
  message: [
    /* message container with its id (GJS L4295-4297, ISDK gmail-message-view.ts:123) */ f(
      'div.adn[data-message-id]',
    ),
    /* same, legacy id only (ISDK gmail-message-view.ts:482) */ f('div.adn[data-legacy-message-id]'),
    /* opened message container (GJS L2493) */ f('div.adn.ads'),
    /* any element with a message id, if adn is renamed */ f('[data-message-id]'),
  ],
  sender: [
    /* sender in the message header (GJS L4460, ISDK header h3.iw) */ f('h3.iw span.gD[email]'),
    /* sender span anywhere in the message (GJS L4460) */ f('span.gD[email]'),
    /* sender cell (ISDK gmail-message-view.ts:226) */ f('td.gF span[email]'),
    /* first email-bearing span of the header */ f('h3 span[email]'),
  ],
  recipients: [
    /* recipients under the header (GJS L4461-4462) */ f('span.hb span.g2[email]'),
    /* recipients without wrapper (GJS L4461) */ f('span.g2[email]'),
    /* recipients by wrapper (ISDK gmail-message-view.ts:240, 255) */ f('.hb span[email]'),
  ],
  date: [
    /* message date, full localised date in title (GJS L4463, ISDK gmail-message-view.ts:294) */ f(
      'span.g3[title]',
    ),
    /* date under its header cell (ISDK gmail-message-view.ts:294) */ f('.gK .g3'),
    /* any titled element of the header date cell */ f('.gH [title]'),
  ],
  body: [
    /* message body, current markup div.ii.gt > div.a3s.aiL (ISDK gmail-message-view.ts:210) */ f(
      'div.ii.gt div.a3s',
    ),
    /* body without its wrapper (GJS L4459) */ f('div.a3s'),
    /* body wrapper (ISDK gmail-message-view.ts:492) */ f('div.ii.gt'),
  ],
  quote: [
    /* quoted previous message, hidden behind "•••" (Gmail compose output) */ f('.gmail_quote'),
    /* any quotation */ f('blockquote'),
  ],
  attachmentCard: [
    /* attachment card in the attachment area (ISDK gmail-attachment-area-view.ts:41) */ f(
      '.hq .aQH > span[download_url]',
    ),
    /* card with its download_url, only set in Chrome (GJS L4405) */ f('span[download_url]'),
    /* card without download_url (Firefox) (ISDK gmail-attachment-area-view.ts:41) */ f('.aQH > span'),
    /* card by class (GJS L4465) */ f('div.hq span.aZo'),
  ],
  attachmentName: [
    /* file name of a card (GJS L4402, ISDK gmail-attachment-card-view.ts:137) */ f('.aV3'),
    /* file name (ISDK gmail-attachment-card-view.ts:215) */ f('.aQA > span'),
  ],
  attachmentLink: [
    /* preview link of a card, the only URL when download_url is missing (Firefox) */ f('a[href]'),
  ],
  threadList: [/* thread list (GJS L322, ISDK gmail-element-getter.ts:298) */ f('[gh=tl]')],
  listRow: [
    /* thread row (GJS L3954, ISDK gmail-thread-row-view.ts:140) */ f('tbody > tr.zA[role=row]'),
    /* thread row without role */ f('tr.zA'),
    /* any grid row, if zA is renamed */ f('tr[role=row]'),
  ],
  rowThreadId: [
    /* row subject span with the legacy id (ISDK gmail-thread-row-view.ts:1170) */ f(
      'span[data-legacy-thread-id]',
    ),
    /* any element with the legacy id */ f('[data-legacy-thread-id]'),
  ],
  rowPeople: [
    /* senders, or recipients in Sent (ISDK gmail-thread-row-view.ts:327) */ f('div.yW span[email]'),
    /* people anywhere in the row (GJS L3956-3965) */ f('td span[email][name]'),
  ],
  rowSubject: [
    /* row subject (gmail-dom.md §1.1) */ f('span.bog'),
    /* subject span carrying the thread id */ f('span[data-thread-id]'),
  ],
  rowDate: [
    /* row date, full date in title (ISDK gmail-thread-row-view.ts:902) */ f('td.xW span[title]'),
    /* row date, any titled element */ f('td.xW [title]'),
    /* row date in the multi-row layout (ISDK gmail-thread-row-view.ts:902) */ f('td.yf [title]'),
  ],
  replyControl: [
    /* bottom reply bar, "Reply" (seen in Gmail markup; bar .amn: ISDK gmail-thread-view.ts:850) */ f(
      '.amn [role=link].bkH',
    ),
    /* first control of the reply bar (Reply comes first) */ f('.amn span.ams'),
    /* header reply icon, French UI (last resort, localised) */ f('[role=button][data-tooltip="Répondre"]'),
    /* header reply icon, English UI (last resort, localised) */ f('[role=button][data-tooltip="Reply"]'),
    /* reply by aria-label, French UI (last resort, localised) */ f('[role=button][aria-label="Répondre"]'),
    /* reply by aria-label, English UI (last resort, localised) */ f('[role=button][aria-label="Reply"]'),
  ],
  accountButton: [
    /* account menu button, label holds the address (Gmail markup "gb_A") */ f('header a[aria-label*="@"]'),
    /* account link, any placement */ f('a[aria-label*="@"][href*="accounts.google"]'),
  ],
  composeButton: [/* the "Compose" button (Gmail gh hook) */ f('[gh=cm]')],
  compose: [
    /* compose root, inline or window (GJS L4016, L2560-2565) */ f('div.M9'),
    /* full-screen compose (ISDK setup-compose-view-driver-stream.ts:99) */ f('[role=dialog] div.aaZ'),
  ],
  inlineCompose: [/* inline reply while open (ISDK gmail-message-view.ts:865-890) */ f('.ip.adB .M9')],
  composeSubject: [
    /* subject input (GJS L4255, ISDK gmail-compose-view.ts:627) */ f('input[name=subjectbox]'),
    /* hidden subject field (GJS L4255) */ f('input[name=subject]'),
  ],
  composeBody: [
    /* editable body (ISDK gmail-compose-view.ts:1096) */ f('.Ap [g_editable=true]'),
    /* editable body without its cell */ f('[g_editable=true][contenteditable=true]'),
    /* editable textbox */ f('div[contenteditable=true][role=textbox]'),
    /* any editable (GJS L4257) */ f('div[contenteditable=true]:not([id=subject])'),
  ],
  composeTo: [
    /* "peoplekit" To input (GJS L312, L4270) */ f('div[name=to] input[peoplekit-id]'),
    /* classic To textarea (GJS L4248, ISDK page-parser.ts:71) */ f('textarea[name=to]'),
    /* To input of another variant (ISDK page-parser.ts:71) */ f('input[name=to]:not([type=hidden])'),
  ],
  composeRecipient: [
    /* recipient chip of the classic To field (Gmail markup span.vN[email]) */ f('span[email]'),
    /* recipient chip of the peoplekit To field (GJS L4082) */ f('div[name=to] [data-hovercard-id]'),
  ],
  composeId: [/* compose id (GJS L4251, ISDK gmail-compose-view.ts:282) */ f('input[name=composeid]')],
  composeThread: [/* thread id of a reply (GJS L4253) */ f('input[name=rt]')],
  sendButton: [
    /* Send (GJS L4263) */ f('div.T-I.T-I-atl[role=button]'),
    /* Send (ISDK gmail-compose-view.ts:1235) */ f('.IZ .Up div > div[role=button]:not(.Uo)'),
    /* Send, French UI (last resort, localised) */ f('[role=button][data-tooltip^="Envoyer"]'),
    /* Send, English UI (last resort, localised) */ f('[role=button][data-tooltip^="Send"]'),
  ],
  discardButton: [
    /* discard draft (trash) of a compose (Gmail markup) */ f('div.og[role=button]'),
    /* discard, French UI (last resort, localised) */ f(
      '[role=button][data-tooltip^="Supprimer le brouillon"]',
    ),
    /* discard, English UI (last resort, localised) */ f('[role=button][data-tooltip^="Discard draft"]'),
  ],
  /** What fillCompose leaves in place below the text it writes. */
  signature: [/* signature inside an editable body (Gmail compose output) */ f('.gmail_signature')],
} as const satisfies Record<string, readonly Fallback[]>;

export type GmailSelectorKey = keyof typeof GMAIL_SELECTORS;
