/**
 * The sentences of each recovery route, French and English, in our own words. Facts rest on the
 * texts each sentence names: injonction de payer, C. proc. civ. art. 1405 to 1425 (décret
 * n° 2021-1322); public bodies, Code de la commande publique L2192-13, R2192-31 and CJA R541-1;
 * foreign debtors, Regulations (EC) 1896/2006 and 861/2007 and Brussels I bis (EU) 1215/2012
 * art. 4 and 7(1)(b); petites créances, CPCE L125-1 and R125-1; référé-provision, C. proc. civ.
 * art. 835 al. 2 and 873 al. 2; médiation de la consommation, C. consom. L612-1. What no primary
 * text was read for is marked « à vérifier » and says so to the user too.
 *
 * Petites créances: one month for the debtor to answer the commissaire de justice's invitation,
 * and the commissaire of the court-of-appeal area of the debtor's domicile (MACSF,
 * https://macsf.fr/vie-pratique/loisirs-consommation/recouvrement-petites-creances ; ACTA,
 * https://acta.fr/actualites/la-procedure-simplifiee-de-recouvrement-des-petites-creances).
 */
import type { CreditorStatus, Language } from '../model';
import { EN } from './routes-text-en';

export interface RouteFacts {
  /** The injonction's court: « Tribunal des activités économiques de Paris »… */
  courtName: string;
  courtKind: 'tc' | 'tae' | 'tj';
  /** The TAE covering part of the debtor's département (seat to check by commune). */
  partialTae: string | null;
  /** No legal type known for a professional debtor: trader assumed, to be checked. */
  legalTypeUnknown: boolean;
  artisan: boolean;
  /** The user as a creditor (settings): decides the court against an artisan, the mixed act. */
  creditor: CreditorStatus;
  consumer: boolean;
  /** The amount is not in euros: the 5 000 € ceiling must be checked after conversion. */
  foreignCurrency: boolean;
  denmark: boolean;
  /** A debtor in another EU state: Brussels I bis decides the court. */
  crossBorder: boolean;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

type Texts = { conditions: string[]; cost: string; delay: string };
export type Table = Record<string, (f: RouteFacts) => Texts>;

const FR: Table = {
  'injonction-de-payer': (f) => ({
    conditions: [
      'Créance contractuelle d’un montant déterminé, non contestée (C. proc. civ. art. 1405).',
      `Requête au président du ${lowerFirst(f.courtName)} (art. 1406, règle d’ordre public).`,
      ...(f.courtKind === 'tj'
        ? []
        : [
            'Vérifiez le siège sur l’extrait Kbis du débiteur et le tribunal compétent dans l’annuaire officiel des juridictions (justice.fr).',
          ]),
      ...(f.partialTae
        ? [
            `Le tribunal des activités économiques ${f.partialTae} ne couvre qu’une partie de ce département : si le siège est dans son ressort, adressez-lui la requête.`,
          ]
        : []),
      ...(f.legalTypeUnknown
        ? [
            'Forme juridique du débiteur non renseignée : s’il n’est pas commerçant (profession libérale, SCI, association), c’est le tribunal judiciaire.',
          ]
        : []),
      ...(f.artisan
        ? [
            f.creditor === 'non-trader'
              ? 'Débiteur artisan, et vous n’êtes ni commerçant ni artisan (vos réglages) : le tribunal judiciaire (C. com. art. L721-3).'
              : 'Débiteur artisan, et vous êtes commerçant ou artisan (vos réglages) : le tribunal de commerce (C. com. art. L721-3 1°).',
          ]
        : []),
      ...(f.courtKind !== 'tj' && !f.artisan && f.creditor === 'non-trader'
        ? [
            'Vous n’êtes pas commerçant (vos réglages) : l’acte est mixte, vous pouvez aussi saisir le tribunal judiciaire.',
          ]
        : []),
      'Joindre le décompte des sommes et le bordereau des pièces (C. proc. civ. art. 57 et 1407).',
    ],
    cost:
      f.courtKind === 'tj'
        ? 'Requête gratuite ; signification de l’ordonnance par commissaire de justice, à vos frais avancés.'
        : 'Frais de greffe d’environ 35 € (tarif à vérifier), dépôt possible en ligne (Tribunal Digital) ; signification par commissaire de justice.',
    delay:
      'Ordonnance sur requête, sans audience ; à signifier dans les 6 mois, puis 1 mois d’opposition pour le débiteur (art. 1411 et 1416).',
  }),
  'petites-creances': (f) => ({
    conditions: [
      'Créance contractuelle de 5 000 € au plus, intérêts compris (CPCE art. R125-1).',
      ...(f.foreignCurrency
        ? ['Montant en devise : vérifiez qu’il ne dépasse pas 5 000 € une fois converti.']
        : []),
      'Le débiteur doit accepter la procédure et l’accord ; sans accord, il faut saisir le juge.',
      'Commissaire de justice du ressort de la cour d’appel du domicile ou du siège du débiteur.',
    ],
    cost: 'Frais et honoraires du commissaire de justice à votre charge ; l’accord reçoit force exécutoire.',
    delay:
      'Le débiteur a 1 mois pour accepter ou refuser après l’invitation du commissaire ; la demande suspend la prescription.',
  }),
  'injonction-europeenne': (f) => ({
    conditions: [
      'Créance pécuniaire liquide et exigible, transfrontière, non contestée ; pas de plafond (règlement (CE) n° 1896/2006).',
      'Formulaire A ; juridiction du lieu où les services ont été fournis (Bruxelles I bis art. 7(1)(b)) ou du domicile du débiteur (art. 4).',
      ...(f.denmark ? ['Ne s’applique pas au Danemark.'] : []),
    ],
    cost: 'Frais de justice de l’État de la juridiction saisie.',
    delay:
      'Sans audience ; sans opposition du débiteur, l’injonction devient exécutoire dans toute l’Union (art. 16 à 19).',
  }),
  'petits-litiges-europeens': (f) => ({
    conditions: [
      'Litige transfrontière de 5 000 € au plus, hors intérêts, frais et débours (règlement (CE) n° 861/2007, art. 2).',
      ...(f.foreignCurrency
        ? ['Montant en devise : vérifiez qu’il ne dépasse pas 5 000 € une fois converti.']
        : []),
      'Convient aussi à une créance contestée : le juge tranche, en principe par écrit.',
    ],
    cost: 'Frais de justice de l’État de la juridiction saisie.',
    delay: 'Procédure écrite ; le jugement est exécutoire dans les autres États membres.',
  }),
  'refere-provision': () => ({
    conditions: [
      'L’obligation n’est pas sérieusement contestable (C. proc. civ. art. 835 al. 2).',
      'Assignation du débiteur devant le juge des référés du tribunal compétent.',
    ],
    cost: 'Assignation par commissaire de justice ; avocat selon le tribunal et le montant.',
    delay: 'Procédure rapide devant le juge des référés.',
  }),
  'juge-administratif': () => ({
    conditions: [
      'Pas d’injonction de payer ni de voie d’exécution contre une personne publique.',
      'Réclamez d’abord le paiement et les intérêts moratoires (taux BCE + 8 points, 40 € par facture) au service ordonnateur et au comptable public (C. commande publique L2192-10 s., R2192-31 s., articles à vérifier).',
      'Facture déposée sur Chorus Pro ; puis référé-provision devant le tribunal administratif (CJA art. R541-1).',
    ],
    cost: 'Requête au tribunal administratif (frais et avocat : à vérifier selon le montant).',
    delay: 'Réclamation au comptable d’abord ; le référé-provision est une procédure rapide.',
  }),
  mediation: (f) =>
    f.consumer
      ? {
          conditions: [
            'Face à un consommateur, vous devez lui proposer un médiateur de la consommation (C. consom. art. L612-1, L616-1).',
            'La médiation suppose l’accord des deux parties ; elle ne donne pas de titre exécutoire par elle-même.',
          ],
          cost: 'Gratuit pour le consommateur (C. consom. art. L612-1) ; le médiateur est à la charge du professionnel.',
          delay: 'Durée selon le médiateur et l’accord des parties.',
        }
      : {
          conditions: [
            'Médiateur des entreprises : retards de paiement et litiges entre professionnels.',
            'La médiation suppose l’accord des deux parties ; elle ne donne pas de titre exécutoire par elle-même.',
          ],
          cost: 'Gratuit.',
          delay: 'Saisine en ligne ; durée selon l’accord des parties.',
        },
  conciliation: () => ({
    conditions: [
      'Conciliateur de justice, en cas de litige : il aide les parties à trouver un accord.',
      'Avant une assignation pour 5 000 € ou moins, une tentative amiable est en principe obligatoire (ancien C. proc. civ. art. 750-1, numérotation à vérifier).',
    ],
    cost: 'Gratuit.',
    delay: 'Rendez-vous auprès du conciliateur ; durée selon l’accord des parties.',
  }),
  assignation: (f) => ({
    conditions: [
      'Pour une créance contestée : l’injonction de payer ne convient pas.',
      'Pour 5 000 € ou moins, tentative de résolution amiable préalable (conciliation, médiation) en principe obligatoire.',
      f.crossBorder
        ? 'Juridiction du lieu où les services ont été fournis (Bruxelles I bis art. 7(1)(b)) ou du domicile du débiteur (art. 4).'
        : 'Tribunal judiciaire, ou tribunal de commerce entre commerçants, du domicile du débiteur.',
    ],
    cost: 'Assignation par commissaire de justice ; avocat selon le tribunal et le montant.',
    delay: 'Procédure au fond avec audience : la plus longue de ces voies.',
  }),
  'hors-ue': (f) => ({
    conditions: [
      f.denmark
        ? 'Danemark : l’injonction de payer européenne ne s’y applique pas.'
        : 'Débiteur hors de l’Union européenne (Royaume-Uni compris depuis 2021) : pas de procédure européenne.',
      'Une décision française n’est utile que si le contrat donne compétence aux tribunaux français (ou art. 14 C. civ.) ; elle doit ensuite être reconnue et exécutée dans l’État du débiteur.',
      'Sinon, agissez devant les juridictions de l’État du débiteur, selon son droit.',
    ],
    cost: 'Selon l’État du débiteur ; un avocat local est souvent nécessaire.',
    delay: 'Variable selon l’État ; ajoutez le temps de la reconnaissance de la décision.',
  }),
};

export function routeTexts(id: string, facts: RouteFacts, lang: Language): Texts {
  const table = lang === 'en' ? EN : FR;
  const build = table[id];
  if (!build) throw new Error(`unknown route ${id}`);
  return build(facts);
}
