/**
 * Documents: letters and the court kit built as data from plain inputs, rendered by
 * one PDF renderer. No database, no clock, no browser globals.
 */
export * from './build';
export { type ClaimDeclarationInput, claimDeadline, claimDeclaration } from './claim-declaration';
export { type InvoiceClaim, invoiceClaims } from './claims';
export { documentFileName, safeName } from './file-name';
export { formalNotice, noticeDelayDays } from './formal-notice';
export {
  DocumentError,
  type DocumentErrorCode,
  type DocumentInput,
  type DocumentSettings,
  enclosureLines,
} from './input';
export { bordereau } from './kit/bordereau';
export { type CompetentCourt, competentCourt, postalPlace } from './kit/court';
export type { Exhibit, ExtraExhibit } from './kit/exhibits';
export { remindersLog } from './kit/reminders-log';
export { courtSummary } from './kit/summary-sheet';
export { type BuiltKit, buildKitZip, type KitInput } from './kit/zip';
export type { Block, BuiltFile, DocumentModel, Inline, Rich, TableColumn, TableRow } from './model';
export { equalInstallments, type PaymentPlanInput, paymentPlan } from './payment-plan';
export { renderPdf } from './pdf/render';
export { type PenaltyInvoiceInput, paidInFullOn, penaltyInvoice } from './penalty-invoice';
export { type CaseRoute, type CaseRoutes, caseRoutes, ROUTE_DOCUMENT, type RouteDocument } from './recovery';
export { reminderLetter } from './reminder-letter';
export { type MissingPart, MissingPartsError, missingParts, requireParts } from './requirements';
export { buildRouteDocumentPdf, routeDocumentModel } from './routes/build';
export { type MoratoryLine, moratoryInterest } from './routes/public-accountant';
export {
  buildStatementOfAccountPdf,
  statementOfAccount,
  statementOfAccountText,
} from './statement-of-account';
export { type StatementMail, statementOfAccountMail } from './statement-of-account-mail';
export { winAnsi } from './win-ansi';
