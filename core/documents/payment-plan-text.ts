/** Wording of the payment-plan agreement (our own), French and English. */

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
  penaltiesIncluded: (extras: string) =>
    `Cette somme comprend les pénalités de retard et l’indemnité forfaitaire pour frais de recouvrement, soit ${extras} (C. com. art. L441-10 II et D441-5).`,
  penaltiesWaived: (any: boolean): string =>
    any
      ? 'Les pénalités de retard et l’indemnité forfaitaire ne sont pas comprises dans l’échéancier : le créancier y renonce si toutes les échéances sont payées à leur date ; à défaut, elles redeviennent exigibles.'
      : 'L’échéancier couvre la totalité de la somme restant due.',
  art2: 'Article 2 — Échéances',
  schedule: (n: number, last: string) =>
    `Le débiteur s’engage à régler cette somme en ${n} versement${n > 1 ? 's' : ''}, au plus tard aux dates suivantes, le dernier le ${last} :`,
  colNumber: 'N°',
  colDate: 'Date limite',
  colAmount: 'Montant',
  total: 'Total',
  art3: 'Article 3 — Modalités de paiement',
  howToPay: 'Chaque versement est effectué par virement, en indiquant la référence ci-dessous.',
  art4: 'Article 4 — Défaut de paiement',
  default:
    'Si une seule échéance n’est pas payée à sa date, la totalité du solde restant dû devient immédiatement exigible, sans autre formalité, et le créancier reprend ses démarches de recouvrement (relances, mise en demeure, requête en injonction de payer).',
  suspension: 'Tant que l’échéancier est respecté, le créancier suspend ses relances.',
  art5: 'Article 5 — Prescription',
  acknowledgement:
    'La présente reconnaissance de dette interrompt la prescription de la créance (C. civ. art. 2240).',
  madeAt: (city: string, date: string) =>
    `Fait ${city ? `à ${city}, ` : ''}le ${date}, en deux exemplaires originaux.`,
  creditorSigns: 'Le créancier',
  creditorNote: 'Date, « Bon pour accord » et signature',
  debtorSigns: 'Le débiteur',
  debtorNote: 'Date, « Lu et approuvé, bon pour accord » et signature',
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
  penaltiesIncluded: (extras: string) =>
    `This sum includes late-payment interest and the fixed recovery fee, i.e. ${extras} (French Commercial Code, C. com. art. L441-10 II and D441-5).`,
  penaltiesWaived: (any: boolean) =>
    any
      ? 'Late-payment interest and the fixed recovery fee are not included in this plan: the creditor waives them if every instalment is paid on time; otherwise they become payable again.'
      : 'This plan covers the whole amount still due.',
  art2: 'Article 2 — Instalments',
  schedule: (n: number, last: string) =>
    `The debtor undertakes to pay this sum in ${n} instalment${n > 1 ? 's' : ''}, on or before the following dates, the last on ${last}:`,
  colNumber: 'No.',
  colDate: 'Due by',
  colAmount: 'Amount',
  total: 'Total',
  art3: 'Article 3 — How to pay',
  howToPay: 'Each instalment is paid by bank transfer, quoting the reference below.',
  art4: 'Article 4 — Missed instalment',
  default:
    'If any instalment is not paid on its date, the whole remaining balance becomes due immediately, without further formality, and the creditor resumes collection (reminders, formal notice, application for an order for payment).',
  suspension: 'As long as the plan is honoured, the creditor suspends reminders.',
  art5: 'Article 5 — Limitation period',
  acknowledgement:
    'This acknowledgement of debt interrupts the limitation period of the claim (French Civil Code, C. civ. art. 2240).',
  madeAt: (city: string, date: string) =>
    `Signed ${city ? `in ${city}, ` : ''}on ${date}, in two original copies.`,
  creditorSigns: 'The creditor',
  creditorNote: 'Date, “Agreed” and signature',
  debtorSigns: 'The debtor',
  debtorNote: 'Date, “Read and agreed” and signature',
};
