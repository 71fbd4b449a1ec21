/**
 * Every Gmail selector lives here and nowhere else (ARCHITECTURE.md, "Gmail integration").
 * Gmail renames its obfuscated classes, so each entry is a list of fallbacks tried in order:
 * stable hooks first (`gh=`, `role=`, `data-*`, `email`), class names next, localised
 * aria-labels only as a last resort and then in both languages.
 * Facts: /work/shared/reference/gmail-dom.md (GJS = gmail.js @ b7dfdab, ISDK = InboxSDK @ a8a6fe2).
 */

export interface Fallback {
  readonly css: string;
  /** What it targets and where the fact comes from. */
  readonly note: string;
  /** When it was last confirmed against Gmail or the libraries that track it. */
  readonly confirmed: string;
}

const f = (css: string, note: string, confirmed = '2026-11'): Fallback => ({ css, note, confirmed });

export const GMAIL_SELECTORS = {
  main: [
    f('[role=main]', 'main content root; absent while Gmail loads (ISDK gmail-route-view.ts:342, GJS L316)'),
  ],
  threadA98: [f('.a98.iY', 'thread element since 2023-11-16 (ISDK gmail-element-getter.ts:336)')],
  threadBs: [
    f('table.Bs.iY', 'older thread table (ISDK gmail-element-getter.ts:335, "2018" selector)'),
    f('table.Bs', 'older thread table without iY'),
  ],
  threadSubject: [
    f(
      'h2.hP[data-legacy-thread-id]',
      'subject carrying the legacy thread id (ISDK gmail-thread-view.ts:553-566)',
    ),
    f('h2[data-legacy-thread-id]', 'same element if the hP class is renamed'),
    f('h2.hP', 'subject without id attribute (GJS L4504)'),
    f('.ha h2', 'subject by its header wrapper (ISDK gmail-thread-view.ts:520)'),
  ],
  toolbar: [
    f('[gh=tm] [gh=mtb]', 'main toolbar inside the toolbar container (ISDK gmail-thread-view.ts:829-834)'),
    f('[gh=mtb]', 'main toolbar alone (GJS L424)'),
  ],
  message: [
    f(
      'div.adn[data-message-id]',
      'message container with its id (GJS L4295-4297, ISDK gmail-message-view.ts:123)',
    ),
    f('div.adn[data-legacy-message-id]', 'same, legacy id only (ISDK gmail-message-view.ts:482)'),
    f('div.adn.ads', 'opened message container (GJS L2493)'),
    f('[data-message-id]', 'any element with a message id, if adn is renamed'),
  ],
  sender: [
    f('h3.iw span.gD[email]', 'sender in the message header (GJS L4460, ISDK header h3.iw)'),
    f('span.gD[email]', 'sender span anywhere in the message (GJS L4460)'),
    f('td.gF span[email]', 'sender cell (ISDK gmail-message-view.ts:226)'),
    f('h3 span[email]', 'first email-bearing span of the header'),
  ],
  recipients: [
    f('span.hb span.g2[email]', 'recipients under the header (GJS L4461-4462)'),
    f('span.g2[email]', 'recipients without wrapper (GJS L4461)'),
    f('.hb span[email]', 'recipients by wrapper (ISDK gmail-message-view.ts:240, 255)'),
  ],
  date: [
    f(
      'span.g3[title]',
      'message date, full localised date in title (GJS L4463, ISDK gmail-message-view.ts:294)',
    ),
    f('.gK .g3', 'date under its header cell (ISDK gmail-message-view.ts:294)'),
    f('.gH [title]', 'any titled element of the header date cell'),
  ],
  body: [
    f(
      'div.ii.gt div.a3s',
      'message body, current markup div.ii.gt > div.a3s.aiL (ISDK gmail-message-view.ts:210)',
    ),
    f('div.a3s', 'body without its wrapper (GJS L4459)'),
    f('div.ii.gt', 'body wrapper (ISDK gmail-message-view.ts:492)'),
  ],
  quote: [
    f('.gmail_quote', 'quoted previous message, hidden behind "•••" (Gmail compose output)'),
    f('blockquote', 'any quotation'),
  ],
  attachmentCard: [
    f(
      '.hq .aQH > span[download_url]',
      'attachment card in the attachment area (ISDK gmail-attachment-area-view.ts:41)',
    ),
    f('span[download_url]', 'card with its download_url, only set in Chrome (GJS L4405)'),
    f('.aQH > span', 'card without download_url (Firefox) (ISDK gmail-attachment-area-view.ts:41)'),
    f('div.hq span.aZo', 'card by class (GJS L4465)'),
  ],
  attachmentName: [
    f('.aV3', 'file name of a card (GJS L4402, ISDK gmail-attachment-card-view.ts:137)'),
    f('.aQA > span', 'file name (ISDK gmail-attachment-card-view.ts:215)'),
  ],
  attachmentLink: [
    f('a[href]', 'preview link of a card, the only URL when download_url is missing (Firefox)'),
  ],
  threadList: [f('[gh=tl]', 'thread list (GJS L322, ISDK gmail-element-getter.ts:298)')],
  listRow: [
    f('tbody > tr.zA[role=row]', 'thread row (GJS L3954, ISDK gmail-thread-row-view.ts:140)'),
    f('tr.zA', 'thread row without role'),
    f('tr[role=row]', 'any grid row, if zA is renamed'),
  ],
  rowThreadId: [
    f(
      'span[data-legacy-thread-id]',
      'row subject span with the legacy id (ISDK gmail-thread-row-view.ts:1170)',
    ),
    f('[data-legacy-thread-id]', 'any element with the legacy id'),
  ],
  rowPeople: [
    f('div.yW span[email]', 'senders, or recipients in Sent (ISDK gmail-thread-row-view.ts:327)'),
    f('td span[email][name]', 'people anywhere in the row (GJS L3956-3965)'),
  ],
  rowSubject: [
    f('span.bog', 'row subject (gmail-dom.md §1.1)'),
    f('span[data-thread-id]', 'subject span carrying the thread id'),
  ],
  rowDate: [
    f('td.xW span[title]', 'row date, full date in title (ISDK gmail-thread-row-view.ts:902)'),
    f('td.xW [title]', 'row date, any titled element'),
    f('td.yf [title]', 'row date in the multi-row layout (ISDK gmail-thread-row-view.ts:902)'),
  ],
  replyControl: [
    f(
      '.amn [role=link].bkH',
      'bottom reply bar, "Reply" (seen in Gmail markup; bar .amn: ISDK gmail-thread-view.ts:850)',
    ),
    f('.amn span.ams', 'first control of the reply bar (Reply comes first)'),
    f('[role=button][data-tooltip="Répondre"]', 'header reply icon, French UI (last resort, localised)'),
    f('[role=button][data-tooltip="Reply"]', 'header reply icon, English UI (last resort, localised)'),
    f('[role=button][aria-label="Répondre"]', 'reply by aria-label, French UI (last resort, localised)'),
    f('[role=button][aria-label="Reply"]', 'reply by aria-label, English UI (last resort, localised)'),
  ],
  accountButton: [
    f('header a[aria-label*="@"]', 'account menu button, label holds the address (Gmail markup "gb_A")'),
    f('a[aria-label*="@"][href*="accounts.google"]', 'account link, any placement'),
  ],
  composeButton: [f('[gh=cm]', 'the "Compose" button (Gmail gh hook)')],
  compose: [
    f('div.M9', 'compose root, inline or window (GJS L4016, L2560-2565)'),
    f('[role=dialog] div.aaZ', 'full-screen compose (ISDK setup-compose-view-driver-stream.ts:99)'),
  ],
  inlineCompose: [f('.ip.adB .M9', 'inline reply while open (ISDK gmail-message-view.ts:865-890)')],
  composeSubject: [
    f('input[name=subjectbox]', 'subject input (GJS L4255, ISDK gmail-compose-view.ts:627)'),
    f('input[name=subject]', 'hidden subject field (GJS L4255)'),
  ],
  composeBody: [
    f('.Ap [g_editable=true]', 'editable body (ISDK gmail-compose-view.ts:1096)'),
    f('[g_editable=true][contenteditable=true]', 'editable body without its cell'),
    f('div[contenteditable=true][role=textbox]', 'editable textbox'),
    f('div[contenteditable=true]:not([id=subject])', 'any editable (GJS L4257)'),
  ],
  composeTo: [
    f('div[name=to] input[peoplekit-id]', '"peoplekit" To input (GJS L312, L4270)'),
    f('textarea[name=to]', 'classic To textarea (GJS L4248, ISDK page-parser.ts:71)'),
    f('input[name=to]:not([type=hidden])', 'To input of another variant (ISDK page-parser.ts:71)'),
  ],
  composeRecipient: [
    f('span[email]', 'recipient chip of the classic To field (Gmail markup span.vN[email])'),
    f('div[name=to] [data-hovercard-id]', 'recipient chip of the peoplekit To field (GJS L4082)'),
  ],
  composeId: [f('input[name=composeid]', 'compose id (GJS L4251, ISDK gmail-compose-view.ts:282)')],
  composeThread: [f('input[name=rt]', 'thread id of a reply (GJS L4253)')],
  sendButton: [
    f('div.T-I.T-I-atl[role=button]', 'Send (GJS L4263)'),
    f('.IZ .Up div > div[role=button]:not(.Uo)', 'Send (ISDK gmail-compose-view.ts:1235)'),
    f('[role=button][data-tooltip^="Envoyer"]', 'Send, French UI (last resort, localised)'),
    f('[role=button][data-tooltip^="Send"]', 'Send, English UI (last resort, localised)'),
  ],
  discardButton: [
    f('div.og[role=button]', 'discard draft (trash) of a compose (Gmail markup)'),
    f('[role=button][data-tooltip^="Supprimer le brouillon"]', 'discard, French UI (last resort, localised)'),
    f('[role=button][data-tooltip^="Discard draft"]', 'discard, English UI (last resort, localised)'),
  ],
  /** What fillCompose leaves in place below the text it writes. */
  signature: [f('.gmail_signature', 'signature inside an editable body (Gmail compose output)')],
} as const satisfies Record<string, readonly Fallback[]>;

export type GmailSelectorKey = keyof typeof GMAIL_SELECTORS;
