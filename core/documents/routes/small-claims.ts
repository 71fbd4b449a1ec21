/**
 * Demande de procédure simplifiée de recouvrement des petites créances, addressed to a
 * commissaire de justice (CPCE L125-1, R125-1 s.): a contractual claim of
 * 5 000 € at most, interest included; the debtor must agree; the creditor pays the fees. The
 * commissaire is one of the court-of-appeal area of the debtor's domicile (MACSF,
 * https://macsf.fr/vie-pratique/loisirs-consommation/recouvrement-petites-creances).
 */

import { amountsTable } from '../amounts-table';
import { invoiceClaims, sumOf } from '../claims';
import { amount } from '../format';
import { checkInput, DocumentError, type DocumentInput, refuseUnderProceedings } from '../input';
import { enclosuresBlocks, invoiceCopies, placeDate, senderLines, signatureBlock } from '../letter-parts';
import type { DocumentModel } from '../model';
import { claimFacts, debtorLines, frenchDocument, heading, toFill } from './parts';

export function smallClaimsRequest(input: DocumentInput): DocumentModel {
  const currency = checkInput(input);
  refuseUnderProceedings(input);
  const { settings, asOf } = input;
  const id = settings.identity;
  const claims = invoiceClaims(input, asOf);
  const total = sumOf(claims, 'totalCents');
  if (currency === 'EUR' && total > 500_000) {
    throw new DocumentError(
      'over-small-claims-limit',
      'La procédure des petites créances est limitée à 5 000 €, intérêts compris (CPCE art. R125-1).',
    );
  }
  const notice = input.events.some((e) => e.type === 'formal_notice_sent' && e.date <= asOf);
  return frenchDocument('Petites créances — demande au commissaire de justice', input, [
    {
      kind: 'letterhead',
      sender: senderLines(id, 'fr'),
      recipient: [toFill('Maître …, commissaire de justice'), toFill('adresse de l’étude')],
    },
    placeDate(id.city, asOf, 'fr'),
    { kind: 'space', mm: 4 },
    {
      kind: 'paragraph',
      text: 'Objet : Demande de mise en œuvre de la procédure simplifiée de recouvrement des petites créances (CPCE art. L125-1 et R125-1 et suivants)',
      bold: true,
    },
    { kind: 'paragraph', text: 'Maître,' },
    {
      kind: 'paragraph',
      text: `Je vous saisis d’une créance de nature contractuelle d’un montant total de ${amount(total, currency, 'fr')}, intérêts compris, que je vous prie de recouvrer selon la procédure simplifiée, en invitant le débiteur à y participer.`,
    },
    heading('Débiteur'),
    { kind: 'paragraph', text: debtorLines(input).join('\n') },
    heading('Origine de la créance'),
    { kind: 'paragraph', text: claimFacts(input) },
    heading('Montant'),
    amountsTable(claims, currency, 'fr'),
    {
      kind: 'list',
      items: [
        'La créance n’excède pas 5 000 €, intérêts compris, et elle est liquide et exigible.',
        'Je sais que la procédure suppose l’accord du débiteur sur le montant et les modalités de paiement, et que les frais en sont à ma charge.',
        'Je vous remercie de m’indiquer le montant de vos frais et honoraires avant d’engager la procédure.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Je vous prie d’agréer, Maître, l’expression de mes salutations distinguées.',
    },
    signatureBlock(input.settings),
    ...enclosuresBlocks(
      [
        ...invoiceCopies(claims, 'fr'),
        ...(notice ? ['Copie de la mise en demeure et de son accusé de réception'] : []),
        'Historique des relances',
      ],
      'fr',
    ),
  ]);
}
