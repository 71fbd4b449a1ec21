export { emailAnnouncement } from './announce';
export { readCamt053 } from './camt';
export { readBankCsv } from './csv';
export { bankLineHash } from './hash';
export { type CsvMapping, type CsvMappingInput, CsvMappingSchema, MAX_MAPPINGS } from './mapping';
export {
  type Allocation,
  type MatchLevel,
  matchCredits,
  type OpenInvoice,
  type Proposal,
} from './match';
export { readOfx } from './ofx';
export type { BankProfile } from './profiles';
export { creditsOf, readStatement } from './read';
export {
  allocationsOf,
  type Decision,
  defaultDecision,
  paymentsToRecord,
} from './review';
export { decodeStatement, normalizeName } from './text';
export * from './types';
