/** The PDF each recovery route prepares, named for what it is. */
import { documentFileName, invoicesPart } from '../file-name';
import type { DocumentInput } from '../input';
import type { BuiltFile, DocumentModel } from '../model';
import { renderPdf } from '../pdf/render';
import type { RouteDocument } from '../recovery';
import { requireParts } from '../requirements';
import { amicableRequest } from './amicable';
import { europeanOrderSummary } from './european-order';
import { europeanSmallClaims } from './european-small-claims';
import { publicAccountantLetter } from './public-accountant';
import { smallClaimsRequest } from './small-claims';
import { summonsDraft } from './summons';

type PdfRoute = Exclude<RouteDocument, 'kit'>;

const BUILDERS: Record<PdfRoute, { prefix: string; build: (input: DocumentInput) => DocumentModel }> = {
  'small-claims': { prefix: 'Petites-creances-commissaire-de-justice', build: smallClaimsRequest },
  'european-order': { prefix: 'Injonction-europeenne-formulaire-A', build: europeanOrderSummary },
  mediation: { prefix: 'Demande-de-mediation', build: (i) => amicableRequest(i, 'mediation') },
  conciliation: { prefix: 'Demande-de-conciliation', build: (i) => amicableRequest(i, 'conciliation') },
  'public-accountant': { prefix: 'Interets-moratoires-comptable-public', build: publicAccountantLetter },
  'european-small-claims': { prefix: 'Petits-litiges-europeens-formulaire-A', build: europeanSmallClaims },
  'refere-provision': {
    prefix: 'Projet-assignation-refere-provision',
    build: (i) => summonsDraft(i, 'refere-provision'),
  },
  assignation: { prefix: 'Projet-assignation-en-paiement', build: (i) => summonsDraft(i, 'assignation') },
};

/** Every route document names the debtor with its postal address, and the user (C. proc. civ. art. 57). */
export function routeDocumentModel(kind: PdfRoute, input: DocumentInput): DocumentModel {
  requireParts(input.settings.identity, input.client, 'posted');
  return BUILDERS[kind].build(input);
}

export function buildRouteDocumentPdf(kind: PdfRoute, input: DocumentInput): BuiltFile {
  const { prefix } = BUILDERS[kind];
  const numbers = input.invoices.map((i) => i.number);
  return {
    fileName: documentFileName(prefix, [invoicesPart(numbers, 'fr'), input.client.name], 'pdf'),
    mime: 'application/pdf',
    bytes: renderPdf(routeDocumentModel(kind, input)),
  };
}
