/**
 * The statement of account's lines (every open invoice of one client, oldest due first) and
 * its plain text, the body of one grouped reminder. Apart from the PDF (statement-of-account)
 * so the background can use it without loading the PDF renderer.
 */
import { daysBetween } from '../dates';
import { type InvoiceClaim, invoiceClaims, sumOf } from './claims';
import { amount, shortDate } from './format';
import { checkInput, type DocumentInput, languageOf } from './input';

interface Line {
  claim: InvoiceClaim;
  paidCents: number;
  daysLate: number;
}

export function linesOf(input: DocumentInput): Line[] {
  return invoiceClaims(input, input.asOf)
    .map((claim) => ({
      claim,
      // Deposits on the invoice (total above what was due at capture) and payments since.
      paidCents: claim.invoice.totalCents - claim.outstandingCents,
      daysLate: Math.max(0, daysBetween(claim.invoice.dueDate, input.asOf)),
    }))
    .sort((a, b) => a.claim.invoice.dueDate.localeCompare(b.claim.invoice.dueDate));
}

/** The same statement as the plain-text body of one grouped reminder. */
export function statementOfAccountText(input: DocumentInput): string {
  const currency = checkInput(input);
  const lang = languageOf(input);
  const fr = lang === 'fr';
  const lines = linesOf(input);
  const money = (cents: number) => amount(cents, currency, lang);
  const rows = lines.map(({ claim, paidCents, daysLate }) =>
    fr
      ? `- ${claim.invoice.number} du ${claim.invoice.issueDate ? shortDate(claim.invoice.issueDate, lang) : '—'}, échue le ${shortDate(claim.invoice.dueDate, lang)} : ${money(claim.invoice.totalCents)}, réglé ${money(paidCents)}, reste dû ${money(claim.outstandingCents)}${daysLate > 0 ? ` (${daysLate} j de retard)` : ''}`
      : `- ${claim.invoice.number} of ${claim.invoice.issueDate ? shortDate(claim.invoice.issueDate, lang) : '—'}, due ${shortDate(claim.invoice.dueDate, lang)}: ${money(claim.invoice.totalCents)}, paid ${money(paidCents)}, due now ${money(claim.outstandingCents)}${daysLate > 0 ? ` (${daysLate} days late)` : ''}`,
  );
  const total = money(
    sumOf(
      lines.map((l) => l.claim),
      'outstandingCents',
    ),
  );
  return [
    fr
      ? `Relevé de compte au ${shortDate(input.asOf, lang)} :`
      : `Statement of account as of ${shortDate(input.asOf, lang)}:`,
    ...rows,
    fr ? `Total restant dû : ${total}` : `Total still due: ${total}`,
  ].join('\n');
}
