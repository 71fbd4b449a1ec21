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
  enclosureLines,
} from '../documents';
import type { IsoDate, StoredFile } from '../model';
import type { ActionCase } from './action-view';
import type { DocumentKind } from './document-event';

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
  const { kase, settings } = r.live;
  const input = {
    client: kase.client,
    invoices: [kase.invoice],
    events: kase.events,
    settings,
    asOf: r.asOf,
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
