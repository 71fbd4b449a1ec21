/**
 * Every Gmail selector lives here and nowhere else (ARCHITECTURE.md, "Gmail integration").
 * Gmail renames its obfuscated classes, so each entry is a list of fallbacks tried in order:
 * stable hooks first (`gh=`, `role=`, `data-*`, `email`), class names next, localised
 * aria-labels only as a last resort and then in both languages.
 * Facts come from public code, cited per fallback: GJS = gmail.js src/gmail.js @ b7dfdab, ISDK =
 * InboxSDK @ a8a6fe2 (paths under src/platform-implementation-js/dom-driver/gmail/), FC = FlowCrypt's
 * browser extension, BR = Briskine; `[fixture]` marks what no public source names, which rests
 * on our Gmail simulator alone (tests/fixtures/gmail).
 */

export interface Fallback {
  readonly css: string;
}

/**
 * The public sources, by date. Each selector's comment ends with its source's date in brackets,
 * "[2026-07]": how old the evidence is, not when we last looked; or "[fixture]" when there is none. The
 * dates stay in comments so that they do not ship in the content script; the unit test reads
 * them there and keeps them in this list. Types only: nothing of it is bundled.
 */
export type SourceDate = keyof typeof SOURCES;
declare const SOURCES: {
  /** gmail.js src/gmail.js @ b7dfdab, last changed 2025-03-02 (GJS; older than the 2025-11 changes). */
  '2025-03': 'gmail.js';
  /** FlowCrypt PR #6112 (2025-11-12), InboxSDK 240ca0ea / 40603000 / 1787941b (2025-11). */
  '2025-11': 'FlowCrypt, InboxSDK';
  /** Briskine plugins/gmail.js and editor-contenteditable.js (2026-01). */
  '2026-01': 'Briskine';
  /** InboxSDK @ a8a6fe2 (2026-07-23), 015a9a3a (2026-07-09) (ISDK). */
  '2026-07': 'InboxSDK';
  /** FlowCrypt live-Gmail tests 2026-08-17, Briskine 2026-08-20. */
  '2026-08': 'FlowCrypt, Briskine';
};

// What each fallback targets, and where the fact comes from, is the comment before it: comments
// say it to the reader without shipping it in the content script (its budget is 30 KB gzipped).
const f = (css: string): Fallback => ({ css });

export const GMAIL_SELECTORS = {
  main: [
    /* main content root; absent while Gmail loads (ISDK gmail-route-view.ts:342, GJS L316) [2026-07] */ f(
      '[role=main]',
    ),
  ],
  threadA98: [
    /* thread element since 2023-11-16 (ISDK gmail-element-getter.ts:336) [2026-07] */ f('.a98.iY'),
  ],
  threadBs: [
    /* older thread table (ISDK gmail-element-getter.ts:335, "2018" selector) [2026-07] */ f('table.Bs.iY'),
    /* older thread table without iY [2026-07] */ f('table.Bs'),
  ],
  threadSubject: [
    /* subject carrying the legacy thread id (ISDK gmail-thread-view.ts:553-566) [2026-07] */ f(
      'h2.hP[data-legacy-thread-id]',
    ),
    /* same element if the hP class is renamed [2025-11] */ f('h2[data-legacy-thread-id]'),
    /* subject without id attribute (GJS L4504) [2025-03] */ f('h2.hP'),
    /* subject by its header wrapper (ISDK gmail-thread-view.ts:520) [2026-07] */ f('.ha h2'),
  ],
  toolbar: [
    /* main toolbar inside the toolbar container (ISDK gmail-thread-view.ts:829-834) [2026-07] */ f(
      '[gh=tm] [gh=mtb]',
    ),
    /* main toolbar alone (GJS L424) [2025-03] */ f('[gh=mtb]'),
  ],
  message: [
    /* message container with its id (GJS L4295-4297, ISDK gmail-message-view.ts:123) [2026-07] */ f(
      'div.adn[data-message-id]',
    ),
    /* same, legacy id only (ISDK gmail-message-view.ts:482) [2026-07] */ f(
      'div.adn[data-legacy-message-id]',
    ),
    /* opened message container (GJS L2493) [2025-03] */ f('div.adn.ads'),
    /* any element with a message id, if adn is renamed [2026-07] */ f('[data-message-id]'),
  ],
  sender: [
    /* sender in the message header (GJS L4460, ISDK header h3.iw) [2026-07] */ f('h3.iw span.gD[email]'),
    /* sender span anywhere in the message (GJS L4460) [2025-03] */ f('span.gD[email]'),
    /* sender cell (ISDK gmail-message-view.ts:226) [2026-07] */ f('td.gF span[email]'),
    /* first email-bearing span of the header [2026-07] */ f('h3 span[email]'),
  ],
  recipients: [
    /* recipients under the header (GJS L4461-4462) [2025-03] */ f('span.hb span.g2[email]'),
    /* recipients without wrapper (GJS L4461) [2025-03] */ f('span.g2[email]'),
    /* recipients by wrapper (ISDK gmail-message-view.ts:240, 255) [2026-07] */ f('.hb span[email]'),
  ],
  date: [
    /* message date, full localised date in title (GJS L4463, ISDK gmail-message-view.ts:294) [2026-07] */ f(
      'span.g3[title]',
    ),
    /* date under its header cell (ISDK gmail-message-view.ts:294) [2026-07] */ f('.gK .g3'),
    /* any titled element of the header date cell [2026-07] */ f('.gH [title]'),
  ],
  body: [
    /* message body, current markup div.ii.gt > div.a3s.aiL (ISDK gmail-message-view.ts:210) [2026-07] */ f(
      'div.ii.gt div.a3s',
    ),
    /* body without its wrapper (GJS L4459) [2025-03] */ f('div.a3s'),
    /* body wrapper (ISDK gmail-message-view.ts:492) [2026-07] */ f('div.ii.gt'),
  ],
  quote: [
    /* quoted previous message, hidden behind "•••" (FC gmail-element-replacer.ts:262) [2026-08] */ f(
      '.gmail_quote',
    ),
    /* any quotation element, as other mailers quote (HTML, no Gmail source) [fixture] */ f('blockquote'),
  ],
  attachmentCard: [
    /* attachment card in the attachment area (ISDK gmail-attachment-area-view.ts:41) [2026-07] */ f(
      '.hq .aQH > span[download_url]',
    ),
    /* card with its download_url, only set in Chrome (GJS L4405) [2025-03] */ f('span[download_url]'),
    /* card without download_url (Firefox) (ISDK gmail-attachment-area-view.ts:41) [2026-07] */ f(
      '.aQH > span',
    ),
    /* card by class (GJS L4465) [2025-03] */ f('div.hq span.aZo'),
  ],
  attachmentName: [
    /* file name of a card (GJS L4402, ISDK gmail-attachment-card-view.ts:137) [2026-07] */ f('.aV3'),
    /* file name (ISDK gmail-attachment-card-view.ts:215) [2026-07] */ f('.aQA > span'),
  ],
  attachmentLink: [
    /* preview link of a card, the only URL when download_url is missing (Firefox) [2026-07] */ f('a[href]'),
  ],
  threadList: [/* thread list (GJS L322, ISDK gmail-element-getter.ts:298) [2026-07] */ f('[gh=tl]')],
  listRow: [
    /* thread row (GJS L3954, ISDK gmail-thread-row-view.ts:140) [2026-07] */ f('tbody > tr.zA[role=row]'),
    /* thread row without role [2026-07] */ f('tr.zA'),
    /* any grid row, if zA is renamed [2025-03] */ f('tr[role=row]'),
  ],
  rowThreadId: [
    /* row subject span with the legacy id (ISDK gmail-thread-row-view.ts:1170) [2026-07] */ f(
      'span[data-legacy-thread-id]',
    ),
    /* any element with the legacy id [2026-07] */ f('[data-legacy-thread-id]'),
  ],
  rowPeople: [
    /* senders, or recipients in Sent (ISDK gmail-thread-row-view.ts:327) [2026-07] */ f(
      'div.yW span[email]',
    ),
    /* people anywhere in the row (GJS L3956-3965) [2025-03] */ f('td span[email][name]'),
  ],
  rowSubject: [
    /* row subject: no public source names the class, our simulator's rows do [fixture] */ f('span.bog'),
    /* subject span carrying the thread id [2025-03] */ f('span[data-thread-id]'),
  ],
  rowDate: [
    /* row date, full date in title (ISDK gmail-thread-row-view.ts:902) [2026-07] */ f('td.xW span[title]'),
    /* row date, any titled element [2026-07] */ f('td.xW [title]'),
    /* row date in the multi-row layout (ISDK gmail-thread-row-view.ts:902) [2026-07] */ f('td.yf [title]'),
  ],
  rowSnippet: [
    /* the snippet after the subject, « - Bonjour… » (ISDK thread-row-parser.test.ts, span.y2) [2026-07] */ f(
      'td.a4W .y2',
    ),
    /* the snippet of the multi-row layout (ISDK thread-row-parser.test.ts, div.y2.apz) [2026-07] */ f('.y2'),
  ],
  rowCount: [
    /* the thread's message count, « moi (3) » (ISDK gmail-thread-row-view.ts:344) [2026-07] */ f(
      'div.yW .bx0',
    ),
  ],
  rowAttachment: [
    /* attachment chips under a row's subject, titled with the file name: no public source names them [fixture] */ f(
      '.brd [title]',
    ),
    /* a chip's file name, if the title goes: ours alone [fixture] */ f('.brd .brg'),
  ],
  /**
   * The bottom reply bar: Gmail renders several, one hidden in a table; the control used is the
   * first visible one of the last visible bar (core/sites/gmail/compose.ts), never Forward.
   */
  replyBar: [
    /* bottom reply bar, several copies since 2025-11 (ISDK 240ca0ea/40603000, gmail-thread-view.ts:850) [2025-11] */ f(
      '.amn',
    ),
  ],
  replyBarControl: [
    /* "Reply" of the bar (span.ams.bkH; mailvelope gmailIntegration.js:302-311, ISDK 2025-11) [2025-11] */ f(
      'span.ams.bkH',
    ),
    /* "Reply" of the bar if the ams class goes (role=link, bkH) [2025-11] */ f('.bkH[role=link]'),
    /* "Reply all" of the bar, when Reply is missing (span.ams.bkI) [2025-11] */ f('span.ams.bkI'),
  ],
  replyControl: [
    /* header reply since 2025-11: .DILLkc, aria-label only, maybe a native button (FC PR #6112) [2025-11] */ f(
      '.DILLkc',
    ),
    /* header reply icon before 2025-11, the one FC PR #6112 replaced (localised) [2025-11] */ f(
      '[role=button][data-tooltip="Répondre"]',
    ),
    /* header reply icon before 2025-11, English UI (FC PR #6112, localised) [2025-11] */ f(
      '[role=button][data-tooltip="Reply"]',
    ),
    /* reply by aria-label, French UI (FC live tests click [aria-label="Reply"], localised) [2026-08] */ f(
      '[aria-label="Répondre"]:is(button, [role=button])',
    ),
    /* reply by aria-label, English UI (FC live tests, localised) [2026-08] */ f(
      '[aria-label="Reply"]:is(button, [role=button])',
    ),
  ],
  /** Never a control: Forward, which the reply search must skip whatever the markup. */
  forwardControl: [
    /* "Forward" of the bar (span.ams.bkG) [2025-11] */ f('.bkG'),
    /* "Forward" of the « Plus d'options » menu (ISDK 015a9a3a) [2026-07] */ f('[data-action-type="25"]'),
  ],
  moreOptions: [/* « Plus d'options » of a message header (ISDK 015a9a3a) [2026-07] */ f('.Wsq5Cf')],
  menuReply: [/* "Reply" item of that menu (ISDK 015a9a3a) [2026-07] */ f('li[data-action-type="94"]')],
  accountButton: [
    /* account menu button whose label holds the address; the title is read first (anchors.ts) [fixture] */ f(
      'header a[aria-label*="@"]',
    ),
    /* account link, any placement [fixture] */ f('a[aria-label*="@"][href*="accounts.google"]'),
  ],
  composeButton: [/* the "Compose" button (ISDK gmail-element-getter.ts:110) [2026-07] */ f('[gh=cm]')],
  compose: [
    /* compose root, inline or window (GJS L4016, L2560-2565) [2025-03] */ f('div.M9'),
    /* full-screen compose (ISDK setup-compose-view-driver-stream.ts:99) [2026-07] */ f(
      '[role=dialog] div.aaZ',
    ),
  ],
  inlineCompose: [
    /* inline reply while open (ISDK gmail-message-view.ts:865-890) [2026-07] */ f('.ip.adB .M9'),
  ],
  composeSubject: [
    /* subject input (GJS L4255, ISDK gmail-compose-view.ts:627) [2026-07] */ f('input[name=subjectbox]'),
    /* hidden subject field (GJS L4255) [2025-03] */ f('input[name=subject]'),
  ],
  composeBody: [
    /* editable body (ISDK gmail-compose-view.ts:1096) [2026-07] */ f('.Ap [g_editable=true]'),
    /* editable body without its cell [2026-07] */ f('[g_editable=true][contenteditable=true]'),
    /* editable textbox, as our simulator's editor [fixture] */ f('div[contenteditable=true][role=textbox]'),
    /* any editable (GJS L4257) [2025-03] */ f('div[contenteditable=true]:not([id=subject])'),
  ],
  composeTo: [
    /* "peoplekit" To input (GJS L312, L4270) [2025-03] */ f('div[name=to] input[peoplekit-id]'),
    /* classic To textarea (GJS L4248, ISDK page-parser.ts:71) [2026-07] */ f('textarea[name=to]'),
    /* To input of another variant (ISDK page-parser.ts:71) [2026-07] */ f(
      'input[name=to]:not([type=hidden])',
    ),
  ],
  composeRecipient: [
    /* recipient chip of the classic To field (span.vN[email] in our simulator) [fixture] */ f('span[email]'),
    /* recipient chip of the peoplekit To field (GJS L4082) [2025-03] */ f(
      'div[name=to] [data-hovercard-id]',
    ),
  ],
  composeId: [
    /* compose id (GJS L4251, ISDK gmail-compose-view.ts:282) [2026-07] */ f('input[name=composeid]'),
  ],
  composeThread: [
    /* the compose's thread, read first by ISDK (gmail-compose-view.ts:552) [2026-07] */ f('input[name=lts]'),
    /* thread id of a reply, may hold "#thread-f:…" (GJS L4253, ISDK 2026-07) [2025-03] */ f(
      'input[name=rt]',
    ),
  ],
  composeDraft: [
    /* draft id, kept when Undo reopens it (GJS L4252, ISDK :282) [2026-07] */ f('input[name=draft]'),
  ],
  sendButton: [
    /* Send (GJS L4263) [2025-03] */ f('div.T-I.T-I-atl[role=button]'),
    /* Send (ISDK gmail-compose-view.ts:1235) [2026-07] */ f('.IZ .Up div > div[role=button]:not(.Uo)'),
    /* Send, French UI (last resort, localised) [fixture] */ f('[role=button][data-tooltip^="Envoyer"]'),
    /* Send, English UI (last resort, localised) [fixture] */ f('[role=button][data-tooltip^="Send"]'),
  ],
  discardButton: [
    /* discard since 2026 (ISDK gmail-compose-view.ts:1336) [2026-07] */ f('.gU .oh'),
    /* discard of an older compose: the simulator's ui=2025 markup; ISDK's is .gU .oh [fixture] */ f(
      'div.og[role=button]',
    ),
    /* discard, French UI (last resort, localised) [fixture] */ f(
      '[role=button][data-tooltip^="Supprimer le brouillon"]',
    ),
    /* discard, English UI (last resort, localised) [fixture] */ f(
      '[role=button][data-tooltip^="Discard draft"]',
    ),
  ],
  /** What fillCompose leaves in place below the text it writes. */
  signature: [
    /* "-- " before the signature (BR editor-contenteditable.js 2026-01) [2026-01] */ f(
      '.gmail_signature_prefix',
    ),
    /* signature inside an editable body (BR 2026-01) [2026-01] */ f('.gmail_signature'),
  ],
  /** Gmail's butter bar after Send: « Message envoyé » and « Annuler » while Undo is possible. */
  sendToast: [/* toast (ISDK gmail-butter-bar-driver.ts) [2026-07] */ f('div.b8[role=alert]')],
  collapsedMessage: [
    /* collapsed message header: no body, no attachments, no ids (FC live tests 2026-08, ISDK :615) [2026-08] */ f(
      '.adf.ads',
    ),
  ],
} as const satisfies Record<string, readonly Fallback[]>;

export type GmailSelectorKey = keyof typeof GMAIL_SELECTORS;
