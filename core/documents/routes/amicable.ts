/**
 * A request for mediation or conciliation, for a disputed or stuck claim:
 * the Médiateur des entreprises between professionals (free), a médiateur de la consommation
 * the professional must offer a consumer (C. consom. L612-1, L616-1), or a conciliateur de
 * justice (free). Before a summons for 5 000 € or less, such an attempt is as a rule required
 * (former CPC 750-1).
 */
import { debtorOf } from '../../law';
import { invoiceClaims, sumOf } from '../claims';
import { amount } from '../format';
import { checkInput, type DocumentInput, refuseUnderProceedings } from '../input';
import { invoicesTable, placeDate, senderLines, signatureBlock } from '../letter-parts';
import type { DocumentModel } from '../model';
import { claimFacts, debtorLines, frenchDocument, heading, toFill } from './parts';

type AmicableKind = 'mediation' | 'conciliation';

function recipient(
  kind: AmicableKind,
  consumer: boolean,
): { lines: string[]; salutation: string; label: string } {
  if (kind === 'conciliation')
    return {
      lines: ['Conciliateur de justice', toFill('nom et adresse du conciliateur du ressort du débiteur')],
      salutation: 'Madame, Monsieur le conciliateur,',
      label: 'Demande de conciliation',
    };
  if (consumer)
    return {
      lines: ['Médiateur de la consommation', toFill('le médiateur dont relève mon activité')],
      salutation: 'Madame, Monsieur le médiateur,',
      label: 'Demande de médiation de la consommation',
    };
  return {
    lines: ['Médiateur des entreprises', toFill('saisine en ligne ou adresse postale')],
    salutation: 'Madame, Monsieur le médiateur,',
    label: 'Demande de médiation',
  };
}

export function amicableRequest(input: DocumentInput, kind: AmicableKind): DocumentModel {
  const currency = checkInput(input);
  refuseUnderProceedings(input);
  const { settings, asOf, client } = input;
  const id = settings.identity;
  const claims = invoiceClaims(input, asOf);
  const consumer = debtorOf(client).debtor.legalType === 'consumer';
  const to = recipient(kind, consumer);
  const due = amount(sumOf(claims, 'outstandingCents'), currency, 'fr');
  const basis =
    kind === 'mediation' && consumer
      ? ' (C. consom. art. L612-1 et L616-1)'
      : kind === 'mediation'
        ? ' (retard de paiement entre professionnels)'
        : '';
  return frenchDocument(to.label, input, [
    { kind: 'letterhead', sender: senderLines(id, 'fr'), recipient: to.lines },
    placeDate(id.city, asOf, 'fr'),
    { kind: 'space', mm: 4 },
    { kind: 'paragraph', text: `Objet : ${to.label}${basis}`, bold: true },
    { kind: 'paragraph', text: to.salutation },
    {
      kind: 'paragraph',
      text: `Je sollicite votre intervention afin de trouver une solution amiable au différend qui m’oppose à ${client.name} au sujet du paiement de ${due}.`,
    },
    heading('L’autre partie'),
    { kind: 'paragraph', text: debtorLines(input).join('\n') },
    heading('Les faits'),
    { kind: 'paragraph', text: claimFacts(input) },
    invoicesTable(claims, currency, 'fr'),
    heading('Le différend'),
    {
      kind: 'paragraph',
      text: `${toFill('ce que le client conteste, et votre réponse')}`,
    },
    heading('Ce que je demande'),
    {
      kind: 'paragraph',
      text: `Le paiement de ${due}, ou un accord sur un montant et un échéancier, que je propose d’examiner ensemble lors d’une réunion.`,
    },
    { kind: 'paragraph', text: 'Je vous prie d’agréer l’expression de mes salutations distinguées.' },
    signatureBlock(settings),
  ]);
}
