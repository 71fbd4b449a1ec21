/**
 * The words of the draft summons (summons.ts), French and English, in our own words. English
 * is a reading copy of the French act. Beyond the articles listed in summons.ts, the text cites:
 * - C. civ. art. 1103 (ordonnance n° 2016-131, formerly art. 1134 al. 1): « Les contrats
 *   légalement formés tiennent lieu de loi à ceux qui les ont faits ».
 * - C. proc. civ. art. 873 al. 2, before the president of the commercial court: where the
 *   obligation is not seriously disputable, he may grant the creditor an interim payment
 *   (https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006411463, wording in force
 *   since 23 June 1987); art. 835 al. 2 says the same of the tribunal judiciaire's president.
 * - C. proc. civ. art. 700: the party liable for the costs (or else the losing party) pays the
 *   other the sum the judge sets for its costs not included in the dépens.
 * - C. proc. civ. art. 514 (décret n° 2019-1333 du 11 décembre 2019, art. 3, for proceedings
 *   begun from 1 January 2020): first-instance decisions are provisionally enforceable by law
 *   unless the law or the decision says otherwise.
 * - C. proc. civ. art. 761 (tribunal judiciaire) and 853 (tribunal de commerce): when the
 *   parties must be represented by a lawyer. The 10 000 € threshold is not checked here against
 *   their current wording, so the text says « à vérifier ».
 */
import type { Language } from '../../model';
import type { SummonsKind } from './summons';

interface Sums {
  principal: string;
  interest: string;
  indemnity: string | null;
  costs: string;
}

interface SummonsText {
  label: Record<SummonsKind, string>;
  subtitle: (date: string) => string;
  howTo: (overTenThousand: boolean) => string;
  notAvailable: string;
  dateHeading: string;
  dateToFill: string;
  claimantHeading: string;
  claimantToFill: string;
  defendantHeading: string;
  defendantToFill: string;
  courtHeading: string;
  courtToFill: string;
  hearingToFill: string;
  appear: (kind: SummonsKind, court: string, commercial: boolean, hearing: string) => string;
  appearance: (commercial: boolean) => string;
  defaultWarning: string;
  objectHeading: string;
  factsHeading: string;
  disputeToFill: string;
  lawHeading: string;
  law: (kind: SummonsKind, pro: boolean, commercial: boolean) => string[];
  amicableHeading: string;
  amicable: (notice: boolean, attempted: boolean, small: boolean) => string;
  requestHeading: string;
  request: (kind: SummonsKind, s: Sums) => string[];
  costsToFill: string;
  piecesHeading: string;
  contract: string;
  reminders: string;
  notice: string;
  amicableProof: string;
  officerHeading: string;
  officerToFill: string;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const FR: SummonsText = {
  label: {
    assignation: 'Projet d’assignation en paiement',
    'refere-provision': 'Projet d’assignation en référé-provision',
  },
  subtitle: (date) => `À remettre au commissaire de justice qui la signifiera — montants arrêtés au ${date}`,
  howTo: (over) =>
    `Ce projet réunit les mentions exigées à peine de nullité (C. proc. civ. art. 54, 56 et 648). Complétez les passages entre crochets, demandez la date d’audience au greffe, puis confiez l’acte à un commissaire de justice : c’est lui qui le signifie au débiteur.${over ? ' Au-delà de 10 000 €, la représentation par avocat est en principe obligatoire (C. proc. civ. art. 761 et 853, à vérifier).' : ''}`,
  notAvailable:
    'Cette voie ne s’ouvre pas pour ce débiteur (client public : juge administratif ; hors UE : juridictions de son État).',
  dateHeading: 'Date de l’acte (art. 648 1°)',
  dateToFill: 'L’an …, le … : date de signification, portée par le commissaire de justice',
  claimantHeading: 'À la requête de (art. 648 2°)',
  claimantToFill:
    'personne physique : profession, nationalité, date et lieu de naissance ; société : forme, siège et représentant légal',
  defendantHeading: 'Ai donné assignation à (art. 648 4°)',
  defendantToFill:
    'société : forme, dénomination, siège social et représentant légal ; personne physique : nom et domicile',
  courtHeading: 'D’avoir à comparaître (art. 54 et 56)',
  courtToFill: 'juridiction du domicile ou du siège du débiteur',
  hearingToFill: 'adresse de la juridiction, jour et heure de l’audience donnés par le greffe',
  appear: (kind, court, commercial, hearing) =>
    kind === 'refere-provision'
      ? `Devant le président du ${lower(court)}, statuant en référé, ${hearing}.${commercial ? ' Devant le tribunal de commerce, le juge des référés est son président.' : ''}`
      : `Devant le ${lower(court)}, ${hearing}.`,
  appearance: (commercial) =>
    commercial
      ? 'Modalités de comparution : le défendeur peut se présenter lui-même ou se faire représenter ; l’avocat est obligatoire au-delà de 10 000 € (à vérifier).'
      : 'Modalités de comparution : le défendeur peut se présenter lui-même, se faire assister ou représenter ; l’avocat est obligatoire au-delà de 10 000 € (à vérifier).',
  defaultWarning:
    'Faute de comparaître, le défendeur s’expose à ce qu’une décision soit rendue contre lui sur les seuls éléments fournis par le demandeur.',
  objectHeading: 'Objet de la demande (art. 54 2°)',
  factsHeading: 'Exposé des faits (art. 56)',
  disputeToFill: 'ce que le débiteur conteste, et pourquoi la prestation a bien été exécutée',
  lawHeading: 'Moyens de droit (art. 56)',
  law: (kind, pro, commercial) => [
    'Le contrat tient lieu de loi à ceux qui l’ont fait ; le prix convenu est dû (C. civ. art. 1103).',
    ...(pro
      ? [
          'Entre professionnels, les pénalités de retard et l’indemnité forfaitaire de 40 € sont dues de plein droit (C. com. art. L441-10 II et D441-5).',
        ]
      : [
          'Les intérêts au taux légal courent à compter de la mise en demeure (C. civ. art. 1231-6 et 1344-1).',
        ]),
    ...(kind === 'refere-provision'
      ? [
          `L’obligation n’est pas sérieusement contestable : le juge des référés peut accorder une provision au créancier (C. proc. civ. art. ${commercial ? '873 al. 2' : '835 al. 2'}).`,
        ]
      : []),
  ],
  amicableHeading: 'Tentative de résolution amiable (art. 54 5°)',
  amicable: (notice, attempted, small) =>
    [
      notice
        ? 'Le débiteur a été relancé, puis mis en demeure, sans effet.'
        : 'Le débiteur a été relancé, sans effet.',
      attempted
        ? ' Démarche amiable proposée depuis le différend : [médiation ou conciliation, avec sa date — à compléter].'
        : '',
      small
        ? ' Pour 5 000 € ou moins, une tentative de conciliation, de médiation ou de procédure participative est en principe obligatoire avant de saisir le tribunal judiciaire (ancien art. 750-1, numérotation à vérifier) : joignez-en la preuve.'
        : '',
    ].join(''),
  requestHeading: 'Par ces motifs, plaise au tribunal',
  request: (kind, s) => [
    kind === 'refere-provision'
      ? `Condamner le défendeur à payer, à titre de provision, la somme de ${s.principal} en principal.`
      : `Condamner le défendeur à payer la somme de ${s.principal} en principal.`,
    `Avec les intérêts de retard, arrêtés à ${s.interest} à la date ci-dessus et à parfaire jusqu’au paiement.`,
    ...(s.indemnity ? [`L’indemnité forfaitaire pour frais de recouvrement : ${s.indemnity}.`] : []),
    `La somme de ${s.costs} au titre de l’article 700 du code de procédure civile, et les dépens.`,
    'Rappeler que la décision est exécutoire de droit à titre provisoire (C. proc. civ. art. 514).',
  ],
  costsToFill: 'montant',
  piecesHeading: 'Bordereau des pièces (art. 56)',
  contract: 'Devis signé, bon de commande ou contrat',
  reminders: 'Relances adressées au débiteur',
  notice: 'Mise en demeure et son accusé de réception',
  amicableProof: 'Preuve de la tentative de résolution amiable',
  officerHeading: 'Commissaire de justice (art. 648 3°)',
  officerToFill: 'nom, prénoms, demeure et signature du commissaire de justice',
};

const EN: SummonsText = {
  label: {
    assignation: 'Draft summons for payment',
    'refere-provision': 'Draft summons for an interim payment (référé-provision)',
  },
  subtitle: (date) => `For the commissaire de justice who will serve it — amounts as at ${date}`,
  howTo: (over) =>
    `This draft gathers the statements the law requires on pain of nullity (C. proc. civ. art. 54, 56 and 648). It is a reading copy: the act served in France must be in French. Fill in the bracketed parts, ask the court registry for a hearing date, then hand the act to a commissaire de justice, who serves it on the debtor.${over ? ' Above €10,000 a lawyer is as a rule required (C. proc. civ. art. 761 and 853, to be checked).' : ''}`,
  notAvailable:
    'This route is not open for this debtor (public client: administrative court; outside the EU: the courts of its State).',
  dateHeading: 'Date of the act (art. 648 1°)',
  dateToFill: 'date of service, entered by the commissaire de justice',
  claimantHeading: 'At the request of (art. 648 2°)',
  claimantToFill:
    'individual: occupation, nationality, date and place of birth; company: legal form, seat and legal representative',
  defendantHeading: 'Summons served on (art. 648 4°)',
  defendantToFill:
    'company: legal form, name, registered office and legal representative; individual: name and address',
  courtHeading: 'To appear (art. 54 and 56)',
  courtToFill: 'court of the debtor’s domicile or seat',
  hearingToFill: 'court address, day and time of the hearing given by the registry',
  appear: (kind, court, commercial, hearing) =>
    kind === 'refere-provision'
      ? `Before the President of the ${court}, sitting in summary proceedings, ${hearing}.${commercial ? ' At the commercial court, the summary judge is its President.' : ''}`
      : `Before the ${court}, ${hearing}.`,
  appearance: () =>
    'How to appear: the defendant may appear in person or be represented; a lawyer is required above €10,000 (to be checked).',
  defaultWarning:
    'A defendant who does not appear may be judged on the evidence supplied by the claimant alone.',
  objectHeading: 'Object of the claim (art. 54 2°)',
  factsHeading: 'Facts (art. 56)',
  disputeToFill: 'what the debtor disputes, and why the service was indeed performed',
  lawHeading: 'Grounds in law (art. 56)',
  law: (kind, pro, commercial) => [
    'A contract binds those who made it; the agreed price is owed (C. civ. art. 1103).',
    ...(pro
      ? [
          'Between businesses, late-payment interest and the €40 fixed indemnity are owed by law (C. com. art. L441-10 II and D441-5).',
        ]
      : ['Interest at the legal rate runs from the formal notice (C. civ. art. 1231-6 and 1344-1).']),
    ...(kind === 'refere-provision'
      ? [
          `The obligation cannot seriously be disputed: the summary judge may grant the creditor an interim payment (C. proc. civ. art. ${commercial ? '873 al. 2' : '835 al. 2'}).`,
        ]
      : []),
  ],
  amicableHeading: 'Attempt at an amicable settlement (art. 54 5°)',
  amicable: (notice, attempted, small) =>
    [
      notice
        ? 'The debtor was sent reminders, then a formal notice, to no effect.'
        : 'The debtor was sent reminders, to no effect.',
      attempted
        ? ' Amicable step offered since the dispute: [mediation or conciliation, with its date — to fill in].'
        : '',
      small
        ? ' For €5,000 or less, an attempt at conciliation, mediation or participatory procedure is as a rule required before the tribunal judiciaire (former art. 750-1, numbering to be checked): attach the proof.'
        : '',
    ].join(''),
  requestHeading: 'On these grounds, the court is asked to',
  request: (kind, s) => [
    kind === 'refere-provision'
      ? `Order the defendant to pay, as an interim payment, ${s.principal} in principal.`
      : `Order the defendant to pay ${s.principal} in principal.`,
    `With late-payment interest, ${s.interest} at the date above, to be updated until payment.`,
    ...(s.indemnity ? [`The fixed indemnity for recovery costs: ${s.indemnity}.`] : []),
    `${s.costs} under article 700 of the code of civil procedure, and the costs of the proceedings.`,
    'Recall that the decision is provisionally enforceable by law (C. proc. civ. art. 514).',
  ],
  costsToFill: 'amount',
  piecesHeading: 'Schedule of exhibits (art. 56)',
  contract: 'Signed quote, purchase order or contract',
  reminders: 'Reminders sent to the debtor',
  notice: 'Formal notice and its acknowledgement of receipt',
  amicableProof: 'Proof of the attempt at an amicable settlement',
  officerHeading: 'Commissaire de justice (art. 648 3°)',
  officerToFill: 'name, first names, address and signature of the commissaire de justice',
};

export const SUMMONS_TEXT: Record<Language, SummonsText> = { fr: FR, en: EN };
