/**
 * The due date a Gmail invoice's payment terms give, for the card's « Suivre » form when the
 * e-mail or its PDF states terms but no date (`gmail/due-date`). A rule of the law (C. com.
 * L441-10, core/law/payment-terms), decided here so that the page only shows it.
 */
import { dueDateFromTerms } from '../law/payment-terms';
import type { IsoDate } from '../model';

export function gmailDueDate(request: { paymentTerms: string; issueDate: IsoDate | null }): {
  dueDate: IsoDate | null;
} {
  return { dueDate: dueDateFromTerms({ terms: request.paymentTerms, issueDate: request.issueDate }).dueDate };
}
