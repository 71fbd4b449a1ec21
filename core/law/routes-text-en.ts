/** The recovery routes' texts in English (legal references stay French); see routes-text.ts. */
import type { Table } from './routes-text';

export const EN: Table = {
  'injonction-de-payer': (f) => ({
    conditions: [
      'A contractual claim of a set amount, not disputed (C. proc. civ. art. 1405).',
      `Application to the president of the ${f.courtName} (art. 1406, a mandatory rule).`,
      ...(f.courtKind === 'tj'
        ? []
        : [
            'Check the seat on the debtor’s Kbis extract and the competent court in the official court directory (justice.fr).',
          ]),
      ...(f.partialTae
        ? [
            `The economic activities court ${f.partialTae} covers only part of this département: if the seat is in its area, file there.`,
          ]
        : []),
      ...(f.legalTypeUnknown
        ? [
            'The debtor’s legal form is not set: if it is not a trader (liberal profession, SCI, association), the tribunal judiciaire hears it.',
          ]
        : []),
      ...(f.artisan
        ? [
            f.creditor === 'non-trader'
              ? 'Craftsman debtor, and you are neither trader nor craftsman (your settings): the tribunal judiciaire (C. com. art. L721-3).'
              : 'Craftsman debtor, and you are a trader or craftsman (your settings): the commercial court (C. com. art. L721-3 1°).',
          ]
        : []),
      ...(f.courtKind !== 'tj' && !f.artisan && f.creditor === 'non-trader'
        ? [
            'You are not a trader (your settings): the act is mixed, so you may also apply to the tribunal judiciaire.',
          ]
        : []),
      'Attach the statement of sums and the list of exhibits (C. proc. civ. art. 57 and 1407).',
    ],
    cost:
      f.courtKind === 'tj'
        ? 'Free application; service of the order by a commissaire de justice, paid in advance by you.'
        : 'Court fees of about €35 (to be checked), online filing possible (Tribunal Digital); service by a commissaire de justice.',
    delay:
      'Order on application, no hearing; serve it within 6 months, then the debtor has 1 month to oppose (art. 1411 and 1416).',
  }),
  'petites-creances': (f) => ({
    conditions: [
      'A contractual claim of €5,000 or less, interest included (CPCE art. R125-1).',
      ...(f.foreignCurrency
        ? ['Amount in a foreign currency: check it stays within €5,000 once converted.']
        : []),
      'The debtor must accept the procedure and the agreement; without it, you must go to court.',
      'A commissaire de justice within the court of appeal area of the debtor’s domicile or seat.',
    ],
    cost: 'The commissaire de justice’s fees are yours; the agreement becomes enforceable.',
    delay:
      'The debtor has 1 month to accept or refuse after the invitation; the request suspends limitation.',
  }),
  'injonction-europeenne': (f) => ({
    conditions: [
      'A cross-border, liquid, due and undisputed money claim; no ceiling (Regulation (EC) No 1896/2006).',
      'Form A; the court where the services were provided (Brussels I bis art. 7(1)(b)) or of the debtor’s domicile (art. 4).',
      ...(f.denmark ? ['Does not apply to Denmark.'] : []),
    ],
    cost: 'Court fees of the State where you file.',
    delay: 'No hearing; without opposition the order becomes enforceable throughout the EU (art. 16 to 19).',
  }),
  'petits-litiges-europeens': (f) => ({
    conditions: [
      'A cross-border claim of €5,000 or less, interest, costs and disbursements excluded (Regulation (EC) No 861/2007, art. 2).',
      ...(f.foreignCurrency
        ? ['Amount in a foreign currency: check it stays within €5,000 once converted.']
        : []),
      'Also fits a disputed claim: the judge decides, as a rule in writing.',
    ],
    cost: 'Court fees of the State where you file.',
    delay: 'Written procedure; the judgment is enforceable in the other member states.',
  }),
  'refere-provision': () => ({
    conditions: [
      'The obligation cannot seriously be disputed (C. proc. civ. art. 835 para. 2).',
      'Summons of the debtor before the interim-relief judge of the competent court.',
    ],
    cost: 'Summons served by a commissaire de justice; a lawyer depending on the court and amount.',
    delay: 'Fast procedure before the interim-relief judge.',
  }),
  'juge-administratif': () => ({
    conditions: [
      'No order for payment and no enforcement against a public body.',
      'First claim payment and moratory interest (ECB rate + 8 points, €40 per invoice) from the ordering department and the public accountant (Public procurement code L2192-10 ff., R2192-31 ff., articles to be checked).',
      'Invoice lodged on Chorus Pro; then interim payment before the administrative court (CJA art. R541-1).',
    ],
    cost: 'Application to the administrative court (fees and lawyer: to be checked for the amount).',
    delay: 'Claim to the accountant first; the interim-payment procedure is fast.',
  }),
  mediation: (f) =>
    f.consumer
      ? {
          conditions: [
            'A consumer must be offered a consumer mediator (C. consom. art. L612-1, L616-1).',
            'Mediation needs both parties’ consent; by itself it gives no enforceable title.',
          ],
          cost: 'Free for the consumer (C. consom. art. L612-1); the mediator is paid by the business.',
          delay: 'Length depends on the mediator and the parties.',
        }
      : {
          conditions: [
            'The business mediator (Médiateur des entreprises): late payments and disputes between businesses.',
            'Mediation needs both parties’ consent; by itself it gives no enforceable title.',
          ],
          cost: 'Free.',
          delay: 'Online request; length depends on the parties.',
        },
  conciliation: () => ({
    conditions: [
      'A conciliateur de justice, for a dispute: helps the parties reach an agreement.',
      'Before a summons for €5,000 or less, an attempt at amicable settlement is as a rule mandatory (former C. proc. civ. art. 750-1, numbering to be checked).',
    ],
    cost: 'Free.',
    delay: 'Appointment with the conciliator; length depends on the parties.',
  }),
  assignation: (f) => ({
    conditions: [
      'For a disputed claim: the order for payment does not fit.',
      'For €5,000 or less, a prior attempt at amicable settlement (conciliation, mediation) is as a rule mandatory.',
      f.crossBorder
        ? 'The court where the services were provided (Brussels I bis art. 7(1)(b)) or of the debtor’s domicile (art. 4).'
        : 'The tribunal judiciaire, or the commercial court between traders, of the debtor’s domicile.',
    ],
    cost: 'Summons served by a commissaire de justice; a lawyer depending on the court and amount.',
    delay: 'Full proceedings with a hearing: the longest of these routes.',
  }),
  'hors-ue': (f) => ({
    conditions: [
      f.denmark
        ? 'Denmark: the European order for payment does not apply there.'
        : 'Debtor outside the European Union (the United Kingdom included since 2021): no European procedure.',
      'A French decision only helps if the contract gives jurisdiction to French courts (or art. 14 C. civ.); it must then be recognised and enforced in the debtor’s State.',
      'Otherwise, act before the courts of the debtor’s State, under its law.',
    ],
    cost: 'Depends on the debtor’s State; a local lawyer is often needed.',
    delay: 'Varies by State; add the time to have the decision recognised.',
  }),
};
