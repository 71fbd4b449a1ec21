/**
 * What the popup and the dashboard call: a document's model rendered to PDF, with a file name
 * that says what it is (`Mise-en-demeure_F-2026-001_Acme-SAS.pdf`).
 */
import { type ClaimDeclarationInput, claimDeclaration } from './claim-declaration';
import { documentFileName, invoicesPart } from './file-name';
import { formalNotice } from './formal-notice';
import type { DocumentInput } from './input';
import type { BuiltFile, DocumentModel } from './model';
import { type PaymentPlanInput, paymentPlan } from './payment-plan';
import { renderPdf } from './pdf/render';
import { type PenaltyInvoiceInput, penaltyInvoice } from './penalty-invoice';
import { reminderLetter } from './reminder-letter';

const PREFIX = {
  'formal-notice': { fr: 'Mise-en-demeure', en: 'Formal-notice' },
  'reminder-letter': { fr: 'Relance', en: 'Reminder' },
  'payment-plan': { fr: 'Echeancier', en: 'Payment-plan' },
  'claim-declaration': { fr: 'Declaration-de-creance', en: 'Declaration-de-creance' },
  'penalty-invoice': { fr: 'Facture-penalites', en: 'Late-payment-charges' },
} as const;

function pdfFile(kind: keyof typeof PREFIX, input: DocumentInput, doc: DocumentModel): BuiltFile {
  const numbers = input.invoices.map((i) => i.number);
  const prefix = PREFIX[kind][doc.lang];
  const fileName = documentFileName(prefix, [invoicesPart(numbers, doc.lang), input.client.name], 'pdf');
  return { fileName, mime: 'application/pdf', bytes: renderPdf(doc) };
}

export function buildFormalNoticePdf(input: DocumentInput): BuiltFile {
  return pdfFile('formal-notice', input, formalNotice(input));
}

export function buildReminderLetterPdf(input: DocumentInput): BuiltFile {
  return pdfFile('reminder-letter', input, reminderLetter(input));
}

export function buildPaymentPlanPdf(input: PaymentPlanInput): BuiltFile {
  return pdfFile('payment-plan', input, paymentPlan(input));
}

export function buildClaimDeclarationPdf(input: ClaimDeclarationInput): BuiltFile {
  return pdfFile('claim-declaration', { ...input, lang: 'fr' }, claimDeclaration(input));
}

export function buildPenaltyInvoicePdf(input: PenaltyInvoiceInput): BuiltFile {
  return pdfFile('penalty-invoice', input, penaltyInvoice(input));
}
