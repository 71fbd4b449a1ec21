export { findSubjectAnchor, findThreadContainer, findToolbar, readAccountEmail } from './anchors';
export { guessClientKind } from './client-kind';
export {
  type ComposeContent,
  fillCompose,
  findComposeButton,
  findDiscardButton,
  findOpenCompose,
  findReplyControl,
  findSendButton,
  listComposes,
  readComposeId,
  readComposeRecipients,
  readComposeThreadId,
  type Timers,
  waitForCompose,
} from './compose';
export { detectInvoice, type TextExtractor } from './detect';
export { mergePdf } from './merge-pdf';
export { parseGmailDateTitle } from './parse-date';
export { findListRow, findRowSubjectAnchor, parseListRows } from './parse-list';
export { type GmailRoute, parseRoute } from './parse-route';
export { parseThread } from './parse-thread';
export { detectPaymentReply, findPaymentReply, saysPaid } from './payment-reply';
export * from './types';
