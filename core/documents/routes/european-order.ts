/**
 * Injonction de payer européenne: a sheet with what form A asks, pre-filled, to copy into the
 * form (e-Justice portal) — the regulation's article 7(2) lists it: parties and court, amount
 * (principal, interest, penalties, costs), interest rate and period, cause of action, evidence,
 * grounds of jurisdiction, cross-border nature; 7(3) the claimant's declaration (Regulation
 * (EC) No 1896/2006, art. 7: http://lynxlex.com/fr/text/procédure-européenne-d’injonction-règl-18962006/article-7-demande-dinjonction-de-payer).
 * Jurisdiction: Brussels I bis (Regulation (EU) 1215/2012) art. 4 or 7(1)(b). Filed in the language of
 * the court seised (CPC 1424-2, greffe du TC d'Épinal,
 * https://www.greffe-tc-epinal.fr/index.php?pg=ipe_requete); not available for Denmark.
 */
import { debtorOf, postalCodeOf } from '../../law';
import { amountsTable } from '../amounts-table';
import { invoiceClaims, sumOf } from '../claims';
import { amount, longDate, shortDate } from '../format';
import { checkInput, type DocumentInput, refuseUnderProceedings } from '../input';
import { senderLines } from '../letter-parts';
import type { DocumentModel } from '../model';
import { claimFacts, debtorLines, frenchDocument, heading, toFill } from './parts';

export function europeanOrderSummary(input: DocumentInput): DocumentModel {
  const currency = checkInput(input);
  refuseUnderProceedings(input);
  const { settings, asOf, client } = input;
  const id = settings.identity;
  const claims = invoiceClaims(input, asOf);
  const money = (c: number) => amount(c, currency, 'fr');
  const country = debtorOf(client).debtor.country;
  const periods = claims.flatMap((c) =>
    c.segments.map(
      (s) =>
        `${c.invoice.number} : ${s.ratePercent.toLocaleString('fr-FR')} % l’an du ${shortDate(s.from, 'fr')} au ${shortDate(s.to, 'fr')} sur ${money(s.baseCents)}`,
    ),
  );
  return frenchDocument('Injonction de payer européenne — formulaire A', input, [
    {
      kind: 'title',
      text: 'Injonction de payer européenne — formulaire A',
      subtitle: `Fiche de préparation, montants arrêtés au ${longDate(asOf, 'fr')} (règlement (CE) n° 1896/2006, art. 7)`,
    },
    heading('1. Juridiction saisie'),
    {
      kind: 'list',
      items: [
        'Au choix : la juridiction du lieu où les services ont été fournis (règlement (UE) n° 1215/2012, art. 7(1)(b)) — en France si vous y avez travaillé — ou celle du domicile du débiteur (art. 4).',
        'La demande se rédige dans la langue de la juridiction saisie.',
        toFill('nom et adresse de la juridiction'),
      ],
    },
    heading('2. Parties'),
    {
      kind: 'fields',
      rows: [
        ['Demandeur', senderLines(id, 'fr').join('\n')],
        ['Défendeur', debtorLines(input).join('\n')],
      ],
    },
    heading('3. Chefs de compétence'),
    {
      kind: 'paragraph',
      text: 'Lieu d’exécution de la prestation de services (art. 7(1)(b)) ou domicile du défendeur (art. 4) : cochez le code correspondant dans la liste du formulaire.',
    },
    heading('4. Caractère transfrontalier (art. 3)'),
    {
      kind: 'fields',
      rows: [
        ['Domicile du demandeur', postalCodeOf(id.address) ? 'FR' : toFill('pays')],
        ['Domicile du défendeur', country],
        ['Pays de la juridiction', toFill('pays')],
      ],
    },
    heading('5. Montant de la créance'),
    amountsTable(claims, currency, 'fr'),
    {
      kind: 'fields',
      rows: [
        ['Principal', money(sumOf(claims, 'outstandingCents'))],
        ['Intérêts', money(sumOf(claims, 'interestCents'))],
        ['Indemnité forfaitaire (frais)', money(sumOf(claims, 'indemnityCents'))],
        ['Devise', currency],
      ],
    },
    heading('6. Intérêts : taux et période'),
    { kind: 'list', items: periods.length ? periods : ['Aucun intérêt réclamé à ce jour.'] },
    heading('7. Cause de l’action'),
    { kind: 'paragraph', text: `Contrat de prestation de services. ${claimFacts(input)}` },
    heading('8. Éléments de preuve'),
    {
      kind: 'list',
      items: [
        ...claims.map(
          (c) =>
            `Facture ${c.invoice.number}${c.invoice.issueDate ? ` du ${shortDate(c.invoice.issueDate, 'fr')}` : ''}`,
        ),
        'Devis signé, bon de commande ou contrat',
        'Relances et mise en demeure',
      ],
    },
    heading('9. Déclaration'),
    {
      kind: 'paragraph',
      text: 'Le demandeur déclare qu’à sa connaissance les informations fournies sont exactes et reconnaît qu’une fausse déclaration intentionnelle peut être sanctionnée (art. 7(3)). En annexe, il peut indiquer s’il refuse le passage à la procédure ordinaire en cas d’opposition (art. 7(4)).',
    },
  ]);
}
