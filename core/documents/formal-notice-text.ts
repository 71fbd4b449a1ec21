/**
 * The wording of the formal notice, in our own words (what it must contain: formal-notice.ts). English for an English-speaking client; the legal references stay French.
 */
import type { RecoveryRoute } from '../law';
import type { Inline } from './model';

/** The route that will follow the notice (recoveryRoutes' first), so the letter names it. */
type NextRoute = Pick<RecoveryRoute, 'id' | 'court'>;

interface NoticeFacts {
  plural: boolean;
  total: string;
  delayDays: number;
  pro: boolean;
  /** The interest rate that will run from receipt (particulier), e.g. « 6,67 % ». */
  legalRate: string;
  /** The rate a consumer's interest runs at, in words: « au taux de l’intérêt légal (2,62 % l’an) ». */
  consumerRate: string;
  /** A public body: statutory moratorium interest (Code de la commande publique). */
  publicBody: boolean;
  workSuspended: boolean;
  next: NextRoute;
}

interface NoticeWording {
  registered: string;
  subject: string;
  references: (invoices: string, clientSiren: string | null) => string;
  salutation: string;
  intro: (f: NoticeFacts) => string;
  history: (f: NoticeFacts) => string;
  noHistory: string;
  amountsHeading: (date: string) => string;
  pendingInterest: (f: NoticeFacts) => string;
  summons: (f: NoticeFacts) => Inline[];
  interestRuns: (f: NoticeFacts) => string;
  consequences: (f: NoticeFacts) => string;
  suspension: (f: NoticeFacts) => string;
  paymentHeading: string;
  crossed: string;
  closing: string;
}

/** « le président du tribunal des activités économiques de Paris » / « le tribunal judiciaire compétent ». */
function courtFr(next: NextRoute): string {
  const c = next.court;
  if (c?.kind === 'tae' && c.name) return `le président du ${c.name.replace(/^T/, 't')}`;
  if (c?.kind === 'tc') return 'le président du tribunal de commerce compétent';
  return 'le président du tribunal judiciaire compétent';
}

function courtEn(next: NextRoute): string {
  const c = next.court;
  if (c?.kind === 'tae' && c.name)
    return `the President of the economic activities court (${c.name.replace(/^T/, 't')})`;
  if (c?.kind === 'tc')
    return 'the President of the Commercial Court (tribunal de commerce) having jurisdiction';
  return 'the President of the Civil Court (tribunal judiciaire) having jurisdiction';
}

/** What happens without payment, by route (core/law/routes-text.ts names the texts). */
function consequenceFr(next: NextRoute): string {
  switch (next.id) {
    case 'injonction-europeenne':
      return 'je saisirai la juridiction compétente d’une demande d’injonction de payer européenne (règlement (CE) n° 1896/2006) afin d’obtenir un titre exécutoire dans toute l’Union européenne';
    case 'petits-litiges-europeens':
      return 'je saisirai la juridiction compétente selon la procédure européenne de règlement des petits litiges (règlement (CE) n° 861/2007)';
    case 'juge-administratif':
      return 'je saisirai le juge administratif d’une demande de provision (CJA art. R541-1), intérêts moratoires compris';
    case 'hors-ue':
      return 'j’engagerai une action en paiement devant la juridiction compétente';
    case 'mediation':
    case 'conciliation':
    case 'assignation':
    case 'refere-provision':
      return 'je saisirai la juridiction compétente d’une demande en paiement, après une tentative de résolution amiable si la loi l’exige';
    default:
      return `je saisirai ${courtFr(next)} d’une requête en injonction de payer (C. proc. civ. art. 1405 et suivants) afin d’obtenir un titre exécutoire`;
  }
}

function consequenceEn(next: NextRoute): string {
  switch (next.id) {
    case 'injonction-europeenne':
      return 'I will apply to the competent court for a European order for payment (Regulation (EC) No 1896/2006) in order to obtain a title enforceable throughout the European Union';
    case 'petits-litiges-europeens':
      return 'I will bring the claim before the competent court under the European Small Claims Procedure (Regulation (EC) No 861/2007)';
    case 'juge-administratif':
      return 'I will apply to the administrative court for an interim payment (CJA art. R541-1), moratory interest included';
    case 'hors-ue':
      return 'I will bring proceedings for payment before the court having jurisdiction';
    case 'mediation':
    case 'conciliation':
    case 'assignation':
    case 'refere-provision':
      return 'I will bring proceedings for payment before the court having jurisdiction, after an attempt at amicable settlement where the law requires one';
    default:
      return `I will apply to ${courtEn(next)} for an order for payment (injonction de payer, French Code of Civil Procedure, C. proc. civ. art. 1405 et seq.) in order to obtain an enforceable title`;
  }
}

export const NOTICE_FR: NoticeWording = {
  registered: 'Lettre recommandée avec accusé de réception',
  subject: 'Objet : Mise en demeure de payer',
  references: (invoices, clientSiren) =>
    `Réf. : ${invoices}${clientSiren ? ` — votre SIREN : ${clientSiren}` : ''}`,
  salutation: 'Madame, Monsieur,',
  intro: (f) =>
    f.plural
      ? 'Sauf erreur de ma part, les factures suivantes, arrivées à échéance, restent impayées à ce jour :'
      : 'Sauf erreur de ma part, la facture suivante, arrivée à échéance, reste impayée à ce jour :',
  history: (f) =>
    `Mes relances, dont la liste suit, sont restées sans effet et ${f.plural ? 'ces factures restent dues' : 'cette facture reste due'} :`,
  noHistory: 'Malgré le dépassement de l’échéance, aucun règlement ne m’est parvenu.',
  amountsHeading: (date) => `Sommes dues au ${date}`,
  pendingInterest: (f) =>
    `courent à compter de la réception de la présente mise en demeure, ${f.consumerRate}, C. civ. art. 1231-6 et 1344-1`,
  summons: (f) => [
    { text: 'En conséquence, je vous mets en demeure de me régler la somme de ' },
    { text: f.total, bold: true },
    { text: ' dans un délai de ' },
    { text: `${f.delayDays}\u00a0jours à compter de la réception de la présente lettre`, bold: true },
    { text: '.' },
  ],
  interestRuns: (f) =>
    f.publicBody
      ? 'Les intérêts moratoires courent de plein droit dès le lendemain de l’échéance et jusqu’au complet paiement (Code de la commande publique, art. L2192-13 et R2192-31).'
      : f.pro
        ? 'Les pénalités de retard sont dues de plein droit, sans qu’un rappel soit nécessaire, dès le lendemain de l’échéance, et continuent de courir jusqu’au complet paiement (C. com. art. L441-10 II).'
        : `Conformément aux articles 1231-6 et 1344-1 du Code civil, la présente mise en demeure fait courir, à compter de sa réception et jusqu’au complet paiement, les intérêts ${f.consumerRate} sur les sommes dues.`,
  consequences: (f) =>
    `À défaut de règlement dans ce délai, sans autre avis, ${consequenceFr(f.next)}, les intérêts continuant de courir jusqu’au paiement.`,
  suspension: (f) =>
    f.workSuspended
      ? 'Comme je vous l’ai notifié, l’exécution de mes prestations est suspendue jusqu’au complet paiement des sommes dues (C. civ. art. 1219 et 1220).'
      : 'Je me réserve en outre le droit de suspendre l’exécution de mes prestations en cours jusqu’au complet paiement des sommes dues (C. civ. art. 1219 et 1220).',
  paymentHeading: 'Modalités de règlement',
  crossed: 'Si votre règlement a croisé ce courrier, je vous prie de ne pas tenir compte de la présente.',
  closing: 'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
};

export const NOTICE_EN: NoticeWording = {
  registered:
    'Registered letter with acknowledgement of receipt (lettre recommandée avec accusé de réception)',
  subject: 'Subject: Formal notice to pay (mise en demeure de payer)',
  references: (invoices, clientSiren) =>
    `Ref.: ${invoices}${clientSiren ? ` — your SIREN: ${clientSiren}` : ''}`,
  salutation: 'Dear Sir or Madam,',
  intro: (f) =>
    f.plural
      ? 'Unless I am mistaken, the following invoices are past due and remain unpaid to date:'
      : 'Unless I am mistaken, the following invoice is past due and remains unpaid to date:',
  history: (f) =>
    `My reminders, listed below, have gone unanswered and ${f.plural ? 'these invoices remain' : 'this invoice remains'} unpaid:`,
  noHistory: 'Although the due date has passed, I have received no payment.',
  amountsHeading: (date) => `Amounts due as at ${date}`,
  pendingInterest: (f) =>
    `accrues from receipt of this formal notice ${f.consumerRate}, C. civ. art. 1231-6 and 1344-1`,
  summons: (f) => [
    { text: 'Accordingly, I hereby give you formal notice to pay me the sum of ' },
    { text: f.total, bold: true },
    { text: ' within ' },
    { text: `${f.delayDays}\u00a0days of receipt of this letter`, bold: true },
    { text: '.' },
  ],
  interestRuns: (f) =>
    f.publicBody
      ? 'Late-payment interest accrues by operation of law from the day after the due date until payment in full (French Public Procurement Code, art. L2192-13 and R2192-31).'
      : f.pro
        ? 'Late-payment interest is due by operation of law, without any reminder being required, from the day after the due date, and continues to accrue until payment in full (French Commercial Code, C. com. art. L441-10 II).'
        : `Under articles 1231-6 and 1344-1 of the French Civil Code (C. civ.), this formal notice causes interest ${f.consumerRate} to accrue on the sums due from its receipt until payment in full.`,
  consequences: (f) =>
    `Failing payment within this period, without further notice, ${consequenceEn(f.next)}, interest continuing to accrue until payment.`,
  suspension: (f) =>
    f.workSuspended
      ? 'As I notified you, my services are suspended until the sums due are paid in full (C. civ. art. 1219 and 1220).'
      : 'I also reserve the right to suspend my ongoing services until the sums due are paid in full (C. civ. art. 1219 and 1220).',
  paymentHeading: 'How to pay',
  crossed: 'If your payment has crossed this letter in the post, please disregard it.',
  closing: 'Yours faithfully,',
};
