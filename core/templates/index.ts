export * from './custom';
export * from './edit';
export { defaultTemplate } from './ours';
export { type PaymentBlock, paymentBlock, paymentLinkSentence } from './payment';
export * from './penalty-claim';
export * from './penalty-step';
export * from './promise-confirmation';
export * from './render';
export type { InvoiceLineVars, Phrasebook, Vars } from './types';
