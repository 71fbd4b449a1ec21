/**
 * A public client: no injonction de payer and no enforcement against a public
 * body; the claim goes to the public accountant and the ordering department, with moratory
 * interest due by law at the ECB rate + 8 points — the rate of the semester in which interest
 * started, not split afterwards — and 40 € per invoice (Code de la commande publique L2192-10
 * s., R2192-31 s., exact articles still to be checked), before a référé-provision before the
 * administrative court (CJA R541-1). Interest is simple, per day, /365, from the day after the
 * due date, on the amount still due (as the product computes late-payment interest).
 */
import { addDays, daysBetween } from '../../dates';
import { ratesForSemester, semesterOf } from '../../law';
import { invoiceClaims } from '../claims';
import { amount, percent, shortDate } from '../format';
import { checkInput, type DocumentInput, refuseUnderProceedings } from '../input';
import { paymentFields, placeDate, senderLines, signatureBlock } from '../letter-parts';
import type { DocumentModel, TableRow } from '../model';
import { claimFacts, frenchDocument, heading, toFill } from './parts';

export interface MoratoryLine {
  number: string;
  outstandingCents: number;
  from: string;
  days: number;
  ratePercent: number;
  interestCents: number;
  indemnityCents: number;
}

export function moratoryInterest(input: DocumentInput): MoratoryLine[] {
  return invoiceClaims(input, input.asOf).map(({ invoice, outstandingCents }) => {
    const from = addDays(invoice.dueDate, 1);
    const days = Math.max(0, daysBetween(invoice.dueDate, input.asOf));
    const ratePercent = ratesForSemester(semesterOf(from), input.settings.rateOverrides).ecbMroPercent + 8;
    // One half-up rounding per invoice, as for late-payment interest.
    const interestCents = Math.round((outstandingCents * ratePercent * days) / 36_500);
    return {
      number: invoice.number,
      outstandingCents,
      from,
      days,
      ratePercent,
      interestCents,
      indemnityCents: days > 0 && outstandingCents > 0 ? 4_000 : 0,
    };
  });
}

export function publicAccountantLetter(input: DocumentInput): DocumentModel {
  const currency = checkInput(input);
  refuseUnderProceedings(input);
  const { settings, asOf, client } = input;
  const id = settings.identity;
  const lines = moratoryInterest(input);
  const money = (c: number) => amount(c, currency, 'fr');
  const euros = (c: number) => amount(c, 'EUR', 'fr');
  const rows: TableRow[] = lines.map((l) => ({
    cells: [
      l.number,
      money(l.outstandingCents),
      `${l.days}\u00a0j depuis le ${shortDate(l.from, 'fr')} à ${percent(l.ratePercent, 'fr')}`,
      money(l.interestCents),
      euros(l.indemnityCents),
    ],
  }));
  const sum = (f: 'outstandingCents' | 'interestCents' | 'indemnityCents') =>
    lines.reduce((s, l) => s + l[f], 0);
  const total = sum('outstandingCents') + sum('interestCents');
  const indemnities = sum('indemnityCents');
  return frenchDocument('Demande de paiement et d’intérêts moratoires', input, [
    {
      kind: 'letterhead',
      sender: senderLines(id, 'fr'),
      recipient: [
        'Monsieur ou Madame le comptable public',
        toFill('comptable assignataire'),
        `Copie : ${client.name}, service ordonnateur`,
      ],
    },
    placeDate(id.city, asOf, 'fr'),
    { kind: 'space', mm: 4 },
    { kind: 'paragraph', text: 'Lettre recommandée avec accusé de réception', bold: true },
    {
      kind: 'paragraph',
      text: 'Objet : Paiement de factures échues et des intérêts moratoires',
      bold: true,
    },
    { kind: 'paragraph', text: 'Madame, Monsieur,' },
    {
      kind: 'paragraph',
      text: `${claimFacts(input)} ${lines.length > 1 ? 'Elles ont été déposées' : 'Elle a été déposée'} sur Chorus Pro ${toFill('date et numéro de dépôt')}.`,
    },
    {
      kind: 'paragraph',
      text: 'Le délai de paiement étant dépassé, les intérêts moratoires courent de plein droit au taux de la BCE majoré de 8 points, celui du semestre où ils ont commencé à courir, ainsi qu’une indemnité forfaitaire de 40 € par facture (Code de la commande publique, art. L2192-10 et suivants, R2192-31 et suivants).',
    },
    heading(`Décompte au ${shortDate(asOf, 'fr')}`),
    {
      kind: 'table',
      columns: [
        { header: 'Facture', width: 18 },
        { header: 'Reste dû', width: 18, align: 'right' },
        { header: 'Intérêts moratoires', width: 34 },
        { header: 'Intérêts', width: 15, align: 'right' },
        { header: 'Indemnité', width: 15, align: 'right' },
      ],
      rows: [
        ...rows,
        {
          cells: [
            'Total',
            money(sum('outstandingCents')),
            '',
            money(sum('interestCents')),
            euros(indemnities),
          ],
          total: true,
        },
      ],
    },
    {
      kind: 'paragraph',
      text: `Je vous remercie de procéder au paiement de ${money(total)}, intérêts compris, et de ${euros(indemnities)} d’indemnités forfaitaires. À défaut, je saisirai le tribunal administratif d’une demande de provision (CJA art. R541-1).`,
    },
    paymentFields(id, invoiceClaims(input, asOf), 'fr'),
    {
      kind: 'paragraph',
      text: 'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
    },
    signatureBlock(input.settings),
  ]);
}
