export { type PaymentBlock, paymentBlock, paymentLinkSentence } from './payment';
export * from './penalty-claim';
export * from './promise-confirmation';
export * from './render';
export type { InvoiceLineVars, Phrasebook, Vars } from './types';
