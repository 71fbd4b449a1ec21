export { type PaymentBlock, paymentBlock, paymentLinkSentence } from './payment';
export * from './penalty-claim';
export * from './render';
export type { InvoiceLineVars, Phrasebook, Vars } from './types';
