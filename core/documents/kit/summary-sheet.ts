/**
 * The sheet the user keeps open while filling in the Cerfa or the online request: parties,
 * amounts, legal basis, competent court, exhibits, deadlines after the order
 * (C. proc. civ.: serve within 6 months, art. 1411; opposition within 1 month of service, art. 1416).
 */

import { pluralForm } from '../../i18n/plural';
import { debtorOf } from '../../law';
import type { Client } from '../../model';
import { amountsTable } from '../amounts-table';
import { invoiceClaims, sumOf } from '../claims';
import { amount, joinList, longDate, shortDate, siren } from '../format';
import type { DocumentInput } from '../input';
import { senderLines } from '../letter-parts';
import type { Block, DocumentModel } from '../model';
import { partyLines } from '../party';
import { competentCourt } from './court';
import type { Exhibit } from './exhibits';

interface SummaryFacts {
  noticeDate: string | null;
  receiptDate: string | null;
  reminderDates: string[];
  warnings: string[];
}

/**
 * What the request must say about the debtor (C. proc. civ. art. 57 and 1407): an
 * individual's full civil status, or a company's form, name, seat and legal
 * representative. A consumer is an individual; a name with a legal form is a legal person;
 * otherwise both lists are given and the user keeps the one that applies.
 */
function partyRequirements(client: Client): string[] {
  const person =
    'Personne physique : nom, prénoms, profession, domicile, nationalité, date et lieu de naissance.';
  const company =
    'Personne morale : forme, dénomination, siège social et organe qui la représente légalement.';
  if (client.kind === 'particulier' || client.legalType === 'consumer') return [person];
  const clue = debtorOf(client).guess?.clue ?? '';
  const legalPerson =
    /^(SAS|SASU|SARL|EURL|SA|SNC|SCA|SCS|SE|Ltd|LTD|LLC|GmbH|BV|NV|SPRL|SRL|Inc|PLC|AG|SpA|SL|SCI|SCM|SCP|SCEA|GAEC|EARL)$/.test(
      clue,
    ) || /association|fondation|societe/i.test(clue);
  return legalPerson
    ? [company]
    : [
        `Si le débiteur est une ${person.charAt(0).toLowerCase()}${person.slice(1)}`,
        `S’il est une ${company.charAt(0).toLowerCase()}${company.slice(1)}`,
      ];
}

function party(lines: (string | null | undefined)[]): string {
  return lines.filter((l): l is string => Boolean(l?.trim())).join('\n');
}

export function courtSummary(
  input: DocumentInput,
  exhibits: readonly Exhibit[],
  facts: SummaryFacts,
): DocumentModel {
  const { client, settings, asOf } = input;
  const id = settings.identity;
  const currency = input.invoices[0]?.currency ?? 'EUR';
  const claims = invoiceClaims(input, asOf);
  const court = competentCourt(client, settings.creditorStatus);
  const pro = client.kind === 'pro';
  const money = (c: number) => amount(c, currency, 'fr');
  const numbers = joinList(
    claims.map((c) => c.invoice.number),
    'fr',
  );
  const facts1 = `Prestations facturées (${pluralForm('fr', claims.length, { one: 'facture', other: 'factures' })} ${numbers}) restées impayées après leur échéance`;
  const facts2 = facts.reminderDates.length
    ? `, malgré les relances des ${joinList(facts.reminderDates, 'fr')}`
    : '';
  const facts3 = facts.noticeDate
    ? ` et la mise en demeure du ${facts.noticeDate}${facts.receiptDate ? `, reçue le ${facts.receiptDate}` : ''}.`
    : '.';
  const blocks: Block[] = [
    {
      kind: 'title',
      text: 'Requête en injonction de payer',
      subtitle: `Fiche de préparation — montants arrêtés au ${longDate(asOf, 'fr')}`,
    },
    { kind: 'heading', text: 'Juridiction compétente (C. proc. civ. art. 1406)' },
    {
      kind: 'fields',
      rows: [
        ['Juridiction', court.name],
        [
          'Lieu',
          `Celle du domicile du débiteur (règle d’ordre public) : ${court.place ?? 'adresse du débiteur à compléter'}`,
        ],
        ['Formulaire', court.form],
        ['Dépôt', court.filing],
        ['Frais', court.fees],
        ...(court.advice.length ? [['À vérifier', court.advice.join('\n')] as [string, string]] : []),
      ],
    },
    { kind: 'heading', text: 'Parties' },
    {
      kind: 'fields',
      rows: [
        [
          'Demandeur (créancier)',
          // The same lines as the letters' sender: name, trade name and address once each.
          party(senderLines(id, 'fr')),
        ],
        [
          'Défendeur (débiteur)',
          party([
            ...partyLines(client.name, client.address),
            client.kind === 'public'
              ? 'Personne publique'
              : pro
                ? 'Professionnel'
                : 'Particulier (consommateur)',
            client.siren ? `SIREN\u00a0${siren(client.siren)}` : null,
          ]),
        ],
      ],
    },
    { kind: 'heading', text: 'Identité du débiteur à indiquer (C. proc. civ. art. 57 et 1407)' },
    { kind: 'list', items: partyRequirements(client) },
    { kind: 'heading', text: 'Montant de la créance' },
    amountsTable(claims, currency, 'fr'),
    {
      kind: 'fields',
      rows: [
        ['Principal', money(sumOf(claims, 'outstandingCents'))],
        ['Pénalités / intérêts', money(sumOf(claims, 'interestCents'))],
        ['Indemnité forfaitaire', money(sumOf(claims, 'indemnityCents'))],
        ['Total demandé', money(sumOf(claims, 'totalCents'))],
      ],
    },
    { kind: 'heading', text: 'Fondement' },
    {
      kind: 'list',
      items: [
        'Créance de nature contractuelle, d’un montant déterminé (C. proc. civ. art. 1405).',
        client.kind === 'public'
          ? 'Intérêts moratoires (taux BCE + 8 points) et indemnité forfaitaire de 40 € : Code de la commande publique, art. L2192-10 s. et R2192-31 s.'
          : pro
            ? 'Pénalités de retard : C. com. art. L441-10 II, dues de plein droit même non mentionnées sur la facture ; indemnité forfaitaire de 40 € par facture : C. com. art. D441-5.'
            : 'Intérêts au taux légal à compter de la mise en demeure : C. civ. art. 1231-6 et 1344-1.',
        `Exposé des faits : ${facts1}${facts2}${facts3}`,
      ],
    },
    { kind: 'heading', text: 'Pièces (voir le bordereau)' },
    {
      kind: 'list',
      numbered: true,
      items: exhibits.map((e) => `${e.label}${e.fileName ? '' : ' — à joindre'}`),
    },
    { kind: 'heading', text: 'Après l’ordonnance' },
    {
      kind: 'list',
      items: [
        'Faire signifier l’ordonnance au débiteur par un commissaire de justice dans les 6 mois ; à défaut, elle est non avenue (C. proc. civ. art. 1411).',
        'Le débiteur dispose d’un mois à compter de la signification pour former opposition (art. 1416) ; sans opposition, l’ordonnance produit les effets d’un jugement contradictoire.',
        'La requête interrompt la prescription (C. civ. art. 2241) ; la mise en demeure, elle, ne l’interrompt pas.',
      ],
    },
  ];
  if (facts.warnings.length) {
    blocks.push(
      { kind: 'heading', text: 'Points à vérifier avant le dépôt' },
      { kind: 'list', items: facts.warnings },
    );
  }
  return {
    title: `Injonction de payer — fiche de préparation — ${client.name} — ${shortDate(asOf, 'fr')}`,
    lang: 'fr',
    date: asOf,
    author: id.name,
    blocks,
  };
}
