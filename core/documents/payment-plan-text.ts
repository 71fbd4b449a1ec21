/**
 * Wording of the payment-plan agreement (our own), French and English:
 * the debtor writes the sum by hand in words and figures (C. civ. 1376; « lu et approuvé » has
 * no legal value), a company signs through a named legal representative, the acceleration
 * clause gives a consumer a formal notice and a delay first (Cass. 1re civ. 22 mars 2023,
 * n° 21-16.044), and the English version states the governing law.
 */
import { countOf } from '../i18n/plural';

export const PLAN_FR = {
  title: 'Échéancier de paiement',
  subtitle: (invoices: string) => `Accord d’échelonnement — ${invoices}`,
  between: 'Entre :',
  creditorAlias: 'ci-après « le créancier »,',
  and: 'Et :',
  debtorAlias: 'ci-après « le débiteur ».',
  art1: 'Article 1 — Reconnaissance de dette',
  acknowledges: 'Le débiteur reconnaît devoir au créancier la somme de ',
  forInvoices: ' au titre des factures suivantes :',
  penaltiesIncluded: (extras: string, kind: 'pro' | 'particulier' | 'public') =>
    kind === 'particulier'
      ? `Cette somme comprend les intérêts de retard courus à ce jour, soit ${extras} (C. civ. art. 1231-6).`
      : kind === 'public'
        ? `Cette somme comprend les intérêts moratoires et l’indemnité forfaitaire pour frais de recouvrement, soit ${extras} (Code de la commande publique, art. L2192-13, R2192-31 et D2192-35).`
        : `Cette somme comprend les pénalités de retard et l’indemnité forfaitaire pour frais de recouvrement, soit ${extras} (C. com. art. L441-10 II et D441-5).`,
  penaltiesWaived: (any: boolean, kind: 'pro' | 'particulier' | 'public'): string =>
    !any
      ? 'L’échéancier couvre la totalité de la somme restant due.'
      : kind === 'particulier'
        ? 'Les intérêts de retard ne sont pas compris dans l’échéancier : le créancier y renonce si toutes les échéances sont payées à leur date ; à défaut, ils redeviennent exigibles.'
        : 'Les pénalités de retard et l’indemnité forfaitaire ne sont pas comprises dans l’échéancier : le créancier y renonce si toutes les échéances sont payées à leur date ; à défaut, elles redeviennent exigibles.',
  art2: 'Article 2 — Échéances',
  schedule: (n: number, last: string) =>
    `Le débiteur s’engage à régler cette somme en ${countOf('fr', n, 'versement', 'versements')}, au plus tard aux dates suivantes, le dernier le ${last} :`,
  colNumber: 'N°',
  colDate: 'Date limite',
  colAmount: 'Montant',
  total: 'Total',
  art3: 'Article 3 — Modalités de paiement',
  howToPay: 'Chaque versement est effectué par virement, en indiquant la référence ci-dessous.',
  art4: 'Article 4 — Défaut de paiement',
  default: (consumer: boolean): string =>
    consumer
      ? 'Si une échéance n’est pas payée à sa date, le créancier pourra, après une mise en demeure restée sans effet pendant quinze jours, exiger le paiement immédiat de la totalité du solde restant dû et reprendre ses démarches de recouvrement.'
      : 'Si une seule échéance n’est pas payée à sa date, la totalité du solde restant dû devient immédiatement exigible, après une mise en demeure restée sans effet pendant huit jours, et le créancier reprend ses démarches de recouvrement (mise en demeure, requête en injonction de payer).',
  suspension: 'Tant que l’échéancier est respecté, le créancier suspend ses relances.',
  art5: 'Article 5 — Prescription',
  acknowledgement:
    'La présente reconnaissance de dette interrompt la prescription de la créance (C. civ. art. 2240).',
  art6: null as string | null,
  governingLaw: null as string | null,
  handwrittenHeading: 'Mention manuscrite du débiteur (C. civ. art. 1376)',
  handwritten:
    'À recopier de la main du débiteur : « Je reconnais devoir la somme de [montant en toutes lettres] ([montant en chiffres]) et m’engage à la payer selon l’échéancier ci-dessus. »',
  handwrittenLines: ['En toutes lettres : …………………………………………………………………………………………', 'En chiffres : …………………………………'],
  signatory: 'Signataire pour le débiteur : nom, prénom et qualité du représentant légal',
  madeAt: (city: string, date: string) =>
    `Fait ${city ? `à ${city}, ` : ''}le ${date}, en deux exemplaires originaux.`,
  creditorSigns: 'Le créancier',
  creditorNote: 'Date et signature',
  debtorSigns: 'Le débiteur',
  debtorNote: 'Date, mention manuscrite ci-dessus et signature',
};

export const PLAN_EN: typeof PLAN_FR = {
  title: 'Payment plan agreement',
  subtitle: (invoices: string) => `Instalment agreement — ${invoices}`,
  between: 'Between:',
  creditorAlias: 'hereinafter “the creditor”,',
  and: 'And:',
  debtorAlias: 'hereinafter “the debtor”.',
  art1: 'Article 1 — Acknowledgement of debt',
  acknowledges: 'The debtor acknowledges owing the creditor the sum of ',
  forInvoices: ' for the following invoices:',
  penaltiesIncluded: (extras: string, kind: 'pro' | 'particulier' | 'public') =>
    kind === 'particulier'
      ? `This sum includes the interest accrued to date, i.e. ${extras} (French Civil Code, C. civ. art. 1231-6).`
      : kind === 'public'
        ? `This sum includes late-payment interest and the fixed recovery fee, i.e. ${extras} (French Public Procurement Code, art. L2192-13, R2192-31 and D2192-35).`
        : `This sum includes late-payment interest and the fixed recovery fee, i.e. ${extras} (French Commercial Code, C. com. art. L441-10 II and D441-5).`,
  penaltiesWaived: (any: boolean, kind: 'pro' | 'particulier' | 'public') =>
    !any
      ? 'This plan covers the whole amount still due.'
      : kind === 'particulier'
        ? 'Late-payment interest is not included in this plan: the creditor waives it if every instalment is paid on time; otherwise it becomes payable again.'
        : 'Late-payment interest and the fixed recovery fee are not included in this plan: the creditor waives them if every instalment is paid on time; otherwise they become payable again.',
  art2: 'Article 2 — Instalments',
  schedule: (n: number, last: string) =>
    `The debtor undertakes to pay this sum in ${countOf('en', n, 'instalment', 'instalments')}, on or before the following dates, the last on ${last}:`,
  colNumber: 'No.',
  colDate: 'Due by',
  colAmount: 'Amount',
  total: 'Total',
  art3: 'Article 3 — How to pay',
  howToPay: 'Each instalment is paid by bank transfer, quoting the reference below.',
  art4: 'Article 4 — Missed instalment',
  default: (consumer: boolean) =>
    consumer
      ? 'If an instalment is not paid on its date, the creditor may, after a formal notice left unanswered for fifteen days, require immediate payment of the whole remaining balance and resume collection.'
      : 'If any instalment is not paid on its date, the whole remaining balance becomes due immediately after a formal notice left unanswered for eight days, and the creditor resumes collection (formal notice, application for an order for payment).',
  suspension: 'As long as the plan is honoured, the creditor suspends reminders.',
  art5: 'Article 5 — Limitation period',
  acknowledgement:
    'This acknowledgement of debt interrupts the limitation period of the claim (French Civil Code, C. civ. art. 2240).',
  art6: 'Article 6 — Governing law and jurisdiction',
  governingLaw:
    'This agreement is governed by French law. Any dispute relating to it falls within the jurisdiction of the French courts competent under the applicable rules of procedure.',
  handwrittenHeading: 'Handwritten statement by the debtor (French Civil Code, art. 1376)',
  handwritten:
    'To be copied out by the debtor’s own hand: “I acknowledge owing the sum of [amount in words] ([amount in figures]) and undertake to pay it according to the schedule above.”',
  handwrittenLines: ['In words: …………………………………………………………………………………………', 'In figures: …………………………………'],
  signatory: 'Signing for the debtor: full name and capacity of the legal representative',
  madeAt: (city: string, date: string) =>
    `Signed ${city ? `in ${city}, ` : ''}on ${date}, in two original copies.`,
  creditorSigns: 'The creditor',
  creditorNote: 'Date and signature',
  debtorSigns: 'The debtor',
  debtorNote: 'Date, handwritten statement above and signature',
};
