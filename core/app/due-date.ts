/**
 * The due date an invoice's payment terms give (« 30 jours fin de mois »), when the e-mail, the
 * PDF or the page states terms but no date: for Gmail's « Suivre » form (`gmail/due-date`) and
 * the import's drafts. A rule of the law (C. com. L441-10, core/law/payment-terms), decided
 * here so that the page and the components only show it.
 */
import { dueDateFromTerms } from '../law/payment-terms';
import type { IsoDate } from '../model';

export function dueDateOf(request: { paymentTerms: string; issueDate: IsoDate | null }): {
  dueDate: IsoDate | null;
} {
  return { dueDate: dueDateFromTerms({ terms: request.paymentTerms, issueDate: request.issueDate }).dueDate };
}
