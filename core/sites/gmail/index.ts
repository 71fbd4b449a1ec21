export { findSubjectAnchor, findThreadContainer, findToolbar, readAccountEmail } from './anchors';
export { guessClientKind } from './client-kind';
export {
  bodyHolds,
  type ComposeContent,
  fillCompose,
  findComposeButton,
  findDiscardButton,
  findMenuReply,
  findMoreOptions,
  findOpenCompose,
  findReplyControl,
  findSendButton,
  listComposes,
  readComposeId,
  readComposeRecipients,
  readComposeThreadId,
  readDraftId,
  type Timers,
  waitForCompose,
  waitForEditor,
  writeInCompose,
} from './compose';
export { detectInvoice, type TextExtractor } from './detect';
export { mergePdf } from './merge-pdf';
export { overlayLanguage, pageLanguage } from './page-lang';
export { parseGmailDateTitle } from './parse-date';
export { findListRow, findRowSubjectAnchor, parseListRows } from './parse-list';
export { type GmailRoute, parseRoute } from './parse-route';
export { parseThread } from './parse-thread';
export { detectPaymentReply, findPaymentReply, saysPaid } from './payment-reply';
export { countSent, sendFingerprint, showsReminder } from './sent-message';
export * from './types';
