export { type EmailAnnouncement, emailAnnouncement } from './announce';
export { readCamt053 } from './camt';
export { readBankCsv, signatureOf } from './csv';
export { bankLineHash } from './hash';
export { type CsvMapping, type CsvMappingInput, CsvMappingSchema, MAX_MAPPINGS } from './mapping';
export {
  type Allocation,
  type MatchLevel,
  type MatchReason,
  matchCredits,
  type OpenInvoice,
  type Proposal,
} from './match';
export { readOfx } from './ofx';
export { BANK_PROFILES, type BankProfile } from './profiles';
export { creditsOf, type ReadDeps, readStatement } from './read';
export {
  allocationsOf,
  type Choice,
  type Decision,
  defaultDecision,
  type PaymentToRecord,
  paymentsToRecord,
} from './review';
export { decodeStatement, normalizeName } from './text';
export * from './types';
