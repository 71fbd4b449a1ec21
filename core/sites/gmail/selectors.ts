/**
 * Every Gmail selector lives here and nowhere else (ARCHITECTURE.md, "Gmail integration").
 * Gmail renames its obfuscated classes, so each entry is a list of fallbacks tried in order:
 * stable hooks first (`gh=`, `role=`, `data-*`, `email`), class names next, localised
 * aria-labels only as a last resort and then in both languages.
 * Facts: /work/shared/reference/gmail-dom.md (GJS = gmail.js @ b7dfdab, ISDK = InboxSDK @ a8a6fe2).
 */

export interface Fallback {
  readonly css: string;
  /** The date of the public source the selector rests on (a key of SOURCES). */
  readonly confirmed: string;
}

/**
 * The public sources, by date (gmail-dom.md §1, §2). A selector's date is its source's date:
 * how old the evidence is, not when we last looked. The unit test keeps them in this list.
 */
export const SOURCES = {
  /** gmail.js src/gmail.js @ b7dfdab, last changed 2025-03-02 (GJS; older than the 2025-11 changes). */
  '2025-03': 'gmail.js',
  /** FlowCrypt PR #6112 (2025-11-12), InboxSDK 240ca0ea / 40603000 / 1787941b (2025-11). */
  '2025-11': 'FlowCrypt, InboxSDK',
  /** Briskine plugins/gmail.js and editor-contenteditable.js (2026-01). */
  '2026-01': 'Briskine',
  /** InboxSDK @ a8a6fe2 (2026-07-23), 015a9a3a (2026-07-09) (ISDK). */
  '2026-07': 'InboxSDK',
  /** FlowCrypt live-Gmail tests 2026-08-17, Briskine 2026-08-20. */
  '2026-08': 'FlowCrypt, Briskine',
} as const;

// What each fallback targets, and where the fact comes from, is the comment before it: comments
// say it to the reader without shipping it in the content script (its budget is 30 KB gzipped).
const f = (css: string, confirmed: keyof typeof SOURCES): Fallback => ({ css, confirmed });

export const GMAIL_SELECTORS = {
  main: [
    /* main content root; absent while Gmail loads (ISDK gmail-route-view.ts:342, GJS L316) */ f(
      '[role=main]',
      '2026-07',
    ),
  ],
  threadA98: [
    /* thread element since 2023-11-16 (ISDK gmail-element-getter.ts:336) */ f('.a98.iY', '2026-07'),
  ],
  threadBs: [
    /* older thread table (ISDK gmail-element-getter.ts:335, "2018" selector) */ f('table.Bs.iY', '2026-07'),
    /* older thread table without iY */ f('table.Bs', '2026-07'),
  ],
  threadSubject: [
    /* subject carrying the legacy thread id (ISDK gmail-thread-view.ts:553-566) */ f(
      'h2.hP[data-legacy-thread-id]',
      '2026-07',
    ),
    /* same element if the hP class is renamed */ f('h2[data-legacy-thread-id]', '2025-11'),
    /* subject without id attribute (GJS L4504) */ f('h2.hP', '2025-03'),
    /* subject by its header wrapper (ISDK gmail-thread-view.ts:520) */ f('.ha h2', '2026-07'),
  ],
  toolbar: [
    /* main toolbar inside the toolbar container (ISDK gmail-thread-view.ts:829-834) */ f(
      '[gh=tm] [gh=mtb]',
      '2026-07',
    ),
    /* main toolbar alone (GJS L424) */ f('[gh=mtb]', '2025-03'),
  ],
  message: [
    /* message container with its id (GJS L4295-4297, ISDK gmail-message-view.ts:123) */ f(
      'div.adn[data-message-id]',
      '2026-07',
    ),
    /* same, legacy id only (ISDK gmail-message-view.ts:482) */ f(
      'div.adn[data-legacy-message-id]',
      '2026-07',
    ),
    /* opened message container (GJS L2493) */ f('div.adn.ads', '2025-03'),
    /* any element with a message id, if adn is renamed */ f('[data-message-id]', '2026-07'),
  ],
  sender: [
    /* sender in the message header (GJS L4460, ISDK header h3.iw) */ f('h3.iw span.gD[email]', '2026-07'),
    /* sender span anywhere in the message (GJS L4460) */ f('span.gD[email]', '2025-03'),
    /* sender cell (ISDK gmail-message-view.ts:226) */ f('td.gF span[email]', '2026-07'),
    /* first email-bearing span of the header */ f('h3 span[email]', '2026-07'),
  ],
  recipients: [
    /* recipients under the header (GJS L4461-4462) */ f('span.hb span.g2[email]', '2025-03'),
    /* recipients without wrapper (GJS L4461) */ f('span.g2[email]', '2025-03'),
    /* recipients by wrapper (ISDK gmail-message-view.ts:240, 255) */ f('.hb span[email]', '2026-07'),
  ],
  date: [
    /* message date, full localised date in title (GJS L4463, ISDK gmail-message-view.ts:294) */ f(
      'span.g3[title]',
      '2026-07',
    ),
    /* date under its header cell (ISDK gmail-message-view.ts:294) */ f('.gK .g3', '2026-07'),
    /* any titled element of the header date cell */ f('.gH [title]', '2026-07'),
  ],
  body: [
    /* message body, current markup div.ii.gt > div.a3s.aiL (ISDK gmail-message-view.ts:210) */ f(
      'div.ii.gt div.a3s',
      '2026-07',
    ),
    /* body without its wrapper (GJS L4459) */ f('div.a3s', '2025-03'),
    /* body wrapper (ISDK gmail-message-view.ts:492) */ f('div.ii.gt', '2026-07'),
  ],
  quote: [
    /* quoted previous message, hidden behind "•••" (Gmail compose output) */ f('.gmail_quote', '2026-01'),
    /* any quotation */ f('blockquote', '2026-01'),
  ],
  attachmentCard: [
    /* attachment card in the attachment area (ISDK gmail-attachment-area-view.ts:41) */ f(
      '.hq .aQH > span[download_url]',
      '2026-07',
    ),
    /* card with its download_url, only set in Chrome (GJS L4405) */ f('span[download_url]', '2025-03'),
    /* card without download_url (Firefox) (ISDK gmail-attachment-area-view.ts:41) */ f(
      '.aQH > span',
      '2026-07',
    ),
    /* card by class (GJS L4465) */ f('div.hq span.aZo', '2025-03'),
  ],
  attachmentName: [
    /* file name of a card (GJS L4402, ISDK gmail-attachment-card-view.ts:137) */ f('.aV3', '2026-07'),
    /* file name (ISDK gmail-attachment-card-view.ts:215) */ f('.aQA > span', '2026-07'),
  ],
  attachmentLink: [
    /* preview link of a card, the only URL when download_url is missing (Firefox) */ f('a[href]', '2026-07'),
  ],
  threadList: [/* thread list (GJS L322, ISDK gmail-element-getter.ts:298) */ f('[gh=tl]', '2026-07')],
  listRow: [
    /* thread row (GJS L3954, ISDK gmail-thread-row-view.ts:140) */ f('tbody > tr.zA[role=row]', '2026-07'),
    /* thread row without role */ f('tr.zA', '2026-07'),
    /* any grid row, if zA is renamed */ f('tr[role=row]', '2025-03'),
  ],
  rowThreadId: [
    /* row subject span with the legacy id (ISDK gmail-thread-row-view.ts:1170) */ f(
      'span[data-legacy-thread-id]',
      '2026-07',
    ),
    /* any element with the legacy id */ f('[data-legacy-thread-id]', '2026-07'),
  ],
  rowPeople: [
    /* senders, or recipients in Sent (ISDK gmail-thread-row-view.ts:327) */ f(
      'div.yW span[email]',
      '2026-07',
    ),
    /* people anywhere in the row (GJS L3956-3965) */ f('td span[email][name]', '2025-03'),
  ],
  rowSubject: [
    /* row subject (gmail-dom.md §1.1) */ f('span.bog', '2025-03'),
    /* subject span carrying the thread id */ f('span[data-thread-id]', '2025-03'),
  ],
  rowDate: [
    /* row date, full date in title (ISDK gmail-thread-row-view.ts:902) */ f('td.xW span[title]', '2026-07'),
    /* row date, any titled element */ f('td.xW [title]', '2026-07'),
    /* row date in the multi-row layout (ISDK gmail-thread-row-view.ts:902) */ f('td.yf [title]', '2026-07'),
  ],
  /**
   * The bottom reply bar: Gmail renders several, one hidden in a table; the control used is the
   * first visible one of the last visible bar (core/sites/gmail/compose.ts), never Forward.
   */
  replyBar: [
    /* bottom reply bar, several copies since 2025-11 (ISDK 240ca0ea/40603000, gmail-thread-view.ts:850) */ f(
      '.amn',
      '2025-11',
    ),
  ],
  replyBarControl: [
    /* "Reply" of the bar (span.ams.bkH; mailvelope gmailIntegration.js:302-311, ISDK 2025-11) */ f(
      'span.ams.bkH',
      '2025-11',
    ),
    /* "Reply" of the bar if the ams class goes (role=link, bkH) */ f('.bkH[role=link]', '2025-11'),
    /* "Reply all" of the bar, when Reply is missing (span.ams.bkI) */ f('span.ams.bkI', '2025-11'),
  ],
  replyControl: [
    /* header reply since 2025-11: .DILLkc, aria-label only, maybe a native button (FC PR #6112) */ f(
      '.DILLkc',
      '2025-11',
    ),
    /* header reply icon before 2025-11, French UI (localised) */ f(
      '[role=button][data-tooltip="Répondre"]',
      '2025-03',
    ),
    /* header reply icon before 2025-11, English UI (localised) */ f(
      '[role=button][data-tooltip="Reply"]',
      '2025-03',
    ),
    /* reply by aria-label, French UI (FC live tests click [aria-label="Reply"], localised) */ f(
      '[aria-label="Répondre"]:is(button, [role=button])',
      '2026-08',
    ),
    /* reply by aria-label, English UI (FC live tests, localised) */ f(
      '[aria-label="Reply"]:is(button, [role=button])',
      '2026-08',
    ),
  ],
  /** Never a control: Forward, which the reply search must skip whatever the markup. */
  forwardControl: [
    /* "Forward" of the bar (span.ams.bkG) */ f('.bkG', '2025-11'),
    /* "Forward" of the « Plus d'options » menu (ISDK 015a9a3a) */ f('[data-action-type="25"]', '2026-07'),
  ],
  moreOptions: [/* « Plus d'options » of a message header (ISDK 015a9a3a) */ f('.Wsq5Cf', '2026-07')],
  menuReply: [/* "Reply" item of that menu (ISDK 015a9a3a) */ f('li[data-action-type="94"]', '2026-07')],
  accountButton: [
    /* account menu button, label holds the address (Gmail markup "gb_A") */ f(
      'header a[aria-label*="@"]',
      '2026-01',
    ),
    /* account link, any placement */ f('a[aria-label*="@"][href*="accounts.google"]', '2026-01'),
  ],
  composeButton: [/* the "Compose" button (Gmail gh hook) */ f('[gh=cm]', '2025-03')],
  compose: [
    /* compose root, inline or window (GJS L4016, L2560-2565) */ f('div.M9', '2025-03'),
    /* full-screen compose (ISDK setup-compose-view-driver-stream.ts:99) */ f(
      '[role=dialog] div.aaZ',
      '2026-07',
    ),
  ],
  inlineCompose: [
    /* inline reply while open (ISDK gmail-message-view.ts:865-890) */ f('.ip.adB .M9', '2026-07'),
  ],
  composeSubject: [
    /* subject input (GJS L4255, ISDK gmail-compose-view.ts:627) */ f('input[name=subjectbox]', '2026-07'),
    /* hidden subject field (GJS L4255) */ f('input[name=subject]', '2025-03'),
  ],
  composeBody: [
    /* editable body (ISDK gmail-compose-view.ts:1096) */ f('.Ap [g_editable=true]', '2026-07'),
    /* editable body without its cell */ f('[g_editable=true][contenteditable=true]', '2026-07'),
    /* editable textbox */ f('div[contenteditable=true][role=textbox]', '2026-01'),
    /* any editable (GJS L4257) */ f('div[contenteditable=true]:not([id=subject])', '2025-03'),
  ],
  composeTo: [
    /* "peoplekit" To input (GJS L312, L4270) */ f('div[name=to] input[peoplekit-id]', '2025-03'),
    /* classic To textarea (GJS L4248, ISDK page-parser.ts:71) */ f('textarea[name=to]', '2026-07'),
    /* To input of another variant (ISDK page-parser.ts:71) */ f(
      'input[name=to]:not([type=hidden])',
      '2026-07',
    ),
  ],
  composeRecipient: [
    /* recipient chip of the classic To field (Gmail markup span.vN[email]) */ f('span[email]', '2025-03'),
    /* recipient chip of the peoplekit To field (GJS L4082) */ f(
      'div[name=to] [data-hovercard-id]',
      '2025-03',
    ),
  ],
  composeId: [
    /* compose id (GJS L4251, ISDK gmail-compose-view.ts:282) */ f('input[name=composeid]', '2026-07'),
  ],
  composeThread: [
    /* the compose's thread, read first by ISDK (gmail-compose-view.ts:552) */ f(
      'input[name=lts]',
      '2026-07',
    ),
    /* thread id of a reply, may hold "#thread-f:…" (GJS L4253, ISDK 2026-07) */ f(
      'input[name=rt]',
      '2025-03',
    ),
  ],
  composeDraft: [
    /* draft id, kept when Undo reopens it (GJS L4252, ISDK :282) */ f('input[name=draft]', '2026-07'),
  ],
  sendButton: [
    /* Send (GJS L4263) */ f('div.T-I.T-I-atl[role=button]', '2025-03'),
    /* Send (ISDK gmail-compose-view.ts:1235) */ f('.IZ .Up div > div[role=button]:not(.Uo)', '2026-07'),
    /* Send, French UI (last resort, localised) */ f('[role=button][data-tooltip^="Envoyer"]', '2025-03'),
    /* Send, English UI (last resort, localised) */ f('[role=button][data-tooltip^="Send"]', '2025-03'),
  ],
  discardButton: [
    /* discard since 2026 (ISDK gmail-compose-view.ts:1336) */ f('.gU .oh', '2026-07'),
    /* discard draft (trash) of an older compose (gmail-dom.md §1) */ f('div.og[role=button]', '2025-03'),
    /* discard, French UI (last resort, localised) */ f(
      '[role=button][data-tooltip^="Supprimer le brouillon"]',
      '2025-03',
    ),
    /* discard, English UI (last resort, localised) */ f(
      '[role=button][data-tooltip^="Discard draft"]',
      '2025-03',
    ),
  ],
  /** What fillCompose leaves in place below the text it writes. */
  signature: [
    /* "-- " before the signature (BR editor-contenteditable.js 2026-01) */ f(
      '.gmail_signature_prefix',
      '2026-01',
    ),
    /* signature inside an editable body (BR 2026-01) */ f('.gmail_signature', '2026-01'),
  ],
  /** Gmail's butter bar after Send: « Message envoyé » and « Annuler » while Undo is possible. */
  sendToast: [/* toast (ISDK gmail-butter-bar-driver.ts) */ f('div.b8[role=alert]', '2026-07')],
  collapsedMessage: [
    /* collapsed message header: no body, no attachments, no ids (FC live tests 2026-08, ISDK :615) */ f(
      '.adf.ads',
      '2026-08',
    ),
  ],
} as const satisfies Record<string, readonly Fallback[]>;

export type GmailSelectorKey = keyof typeof GMAIL_SELECTORS;
