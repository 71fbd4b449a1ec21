/**
 * The wording of the formal notice, in our own words (legal-fr.md §4 lists what it must
 * contain). English for an English-speaking client; the legal references stay French.
 */
import type { Inline } from './model';

export interface NoticeFacts {
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
}

export interface NoticeWording {
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

const court = {
  fr: (pro: boolean) => (pro ? 'le président du tribunal de commerce' : 'le tribunal judiciaire'),
  en: (pro: boolean) =>
    pro
      ? 'the President of the Commercial Court (tribunal de commerce)'
      : 'the Civil Court (tribunal judiciaire)',
};

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
      ? 'Les intérêts moratoires courent de plein droit dès le lendemain de l’échéance et jusqu’au complet paiement (Code de la commande publique, art. L2192-10 et suivants).'
      : f.pro
        ? 'Les pénalités de retard sont dues de plein droit, sans qu’un rappel soit nécessaire, dès le lendemain de l’échéance, et continuent de courir jusqu’au complet paiement (C. com. art. L441-10 II).'
        : `Conformément aux articles 1231-6 et 1344-1 du Code civil, la présente mise en demeure fait courir, à compter de sa réception et jusqu’au complet paiement, les intérêts ${f.consumerRate} sur les sommes dues.`,
  consequences: (f) =>
    `À défaut de règlement dans ce délai, je saisirai sans autre avis ${court.fr(f.pro)} compétent d’une requête en injonction de payer (C. proc. civ. art. 1405 et suivants) afin d’obtenir un titre exécutoire, les intérêts continuant de courir jusqu’au paiement.`,
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
      ? 'Late-payment interest accrues by operation of law from the day after the due date until payment in full (French Public Procurement Code, art. L2192-10 et seq.).'
      : f.pro
        ? 'Late-payment interest is due by operation of law, without any reminder being required, from the day after the due date, and continues to accrue until payment in full (French Commercial Code, C. com. art. L441-10 II).'
        : `Under articles 1231-6 and 1344-1 of the French Civil Code (C. civ.), this formal notice causes interest ${f.consumerRate} to accrue on the sums due from its receipt until payment in full.`,
  consequences: (f) =>
    `Failing payment within this period, I will, without further notice, apply to ${court.en(f.pro)} having jurisdiction for an order for payment (injonction de payer, French Code of Civil Procedure, C. proc. civ. art. 1405 et seq.) in order to obtain an enforceable title, interest continuing to accrue until payment.`,
  suspension: (f) =>
    f.workSuspended
      ? 'As I notified you, my services are suspended until the sums due are paid in full (C. civ. art. 1219 and 1220).'
      : 'I also reserve the right to suspend my ongoing services until the sums due are paid in full (C. civ. art. 1219 and 1220).',
  paymentHeading: 'How to pay',
  crossed: 'If your payment has crossed this letter in the post, please disregard it.',
  closing: 'Yours faithfully,',
};
