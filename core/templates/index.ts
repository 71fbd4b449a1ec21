export { type PaymentBlock, paymentBlock, paymentLinkSentence } from './payment';
export * from './render';
export type { InvoiceLineVars, Phrasebook, Vars } from './types';
