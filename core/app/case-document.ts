/**
 * The document an action panel offers, built from the case: which builder a kind calls and
 * what it reads (the court kit takes the invoice's stored files). The panel imports this file
 * lazily, so jsPDF stays out of the popup until a document is asked for.
 */
import type { EcheanceDb } from '../db';
import { filesOfInvoice } from '../db/reads';
import {
  type BuiltFile,
  buildClaimDeclarationPdf,
  buildFormalNoticePdf,
  buildKitZip,
  buildPaymentPlanPdf,
  buildReminderLetterPdf,
  buildRouteDocumentPdf,
  enclosureLines,
} from '../documents';
import type { RouteDocument } from '../documents/recovery';
import type { IsoDate, StoredFile } from '../model';
import type { ActionCase } from './action-view';
import type { DocumentKind } from './document-event';
import { documentInput } from './document-input';

export interface CaseDocumentRequest {
  kind: DocumentKind;
  live: Pick<ActionCase, 'kase' | 'settings'>;
  asOf: IsoDate;
  claimLegalPenalties: boolean;
  /** One enclosure per line, as typed (letters only). */
  enclosures: string;
  /** The kit's signed acknowledgement of receipt, when the user added it. */
  acknowledgement: StoredFile | null;
  /** The claim declaration's mandataire and opening judgment date. */
  representative: { name: string; address: string };
  openingJudgmentDate: IsoDate;
}

export async function buildCaseDocument(db: EcheanceDb, r: CaseDocumentRequest): Promise<BuiltFile> {
  const { kase } = r.live;
  const input = {
    ...documentInput(r.live, r.asOf),
    claimLegalPenalties: r.claimLegalPenalties,
    enclosures: enclosureLines(r.enclosures),
  };
  switch (r.kind) {
    case 'kit':
      return buildKitZip({
        ...input,
        files: await filesOfInvoice(db, kase.invoice.id),
        acknowledgement: r.acknowledgement,
      });
    case 'formal_notice':
      return buildFormalNoticePdf(input);
    case 'plan':
      return buildPaymentPlanPdf(input);
    case 'claim':
      return buildClaimDeclarationPdf({
        ...input,
        representative: r.representative,
        openingJudgmentDate: r.openingJudgmentDate,
      });
    case 'letter':
      return buildReminderLetterPdf(input);
  }
}

/** The document a recovery route prepares (the kit has its own panel and buildCaseDocument). */
export function buildRouteDocument(
  doc: Exclude<RouteDocument, 'kit'>,
  live: Pick<ActionCase, 'kase' | 'settings'>,
  asOf: IsoDate,
): BuiltFile {
  return buildRouteDocumentPdf(doc, documentInput(live, asOf));
}
