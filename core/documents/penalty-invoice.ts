/**
 * The invoice for late-payment penalties: once an invoice was paid late, the interest due and
 * the 40 € (C. com. D441-5: due for each late payment, still owed once the invoice is paid
 * late) claimed in one letter. Both are compensation, outside the scope of VAT.
 * The interest is in the invoice's currency, the 40 € always in euros (D441-5). A consumer owes
 * no 40 € and interest only from a formal notice (C. civ. 1231-6): the document says only what is due.
 */
import { paidInFullDate } from '../dunning/late-charges';
import type { IsoDate } from '../model';
import { basisLabel, indemnityBasis } from './basis';
import { type InvoiceClaim, invoiceClaims } from './claims';
import { documentTitle } from './file-name';
import { amount, numero, percent, shortDate } from './format';
import { checkInput, DocumentError, type DocumentInput, languageOf, refuseUnderProceedings } from './input';
import { courtesy, letterhead, paymentFields, placeDate, signatureBlock } from './letter-parts';
import type { Block, DocumentModel, TableRow } from './model';
import { requireParts } from './requirements';

const VAT_FRANCHISE = {
  fr: 'TVA non applicable, art. 293 B du CGI.',
  en: 'VAT not applicable (TVA non applicable, art. 293 B du CGI).',
} as const;

export interface PenaltyInvoiceInput extends DocumentInput {
  /** The number the user gives this invoice in their own sequence. */
  penaltyInvoiceNumber: string;
}

/** The day the invoice was paid in full, or null when it is still (partly) unpaid. */
export function paidInFullOn(claim: InvoiceClaim): IsoDate | null {
  return paidInFullDate(claim.invoice.amountDueCents, claim.events);
}

export function penaltyInvoice(input: PenaltyInvoiceInput): DocumentModel {
  const currency = checkInput(input);
  refuseUnderProceedings(input);
  // Posted or attached, it names both parties with their addresses (issue #20; an invoice must, C. com. L441-9).
  requireParts(input.settings.identity, input.client, 'posted');
  const lang = languageOf(input);
  const fr = lang === 'fr';
  const { client, settings, asOf } = input;
  // Everything the law grants is claimed here: this document exists for nothing else.
  const claims = invoiceClaims({ ...input, claimLegalPenalties: true }, asOf);
  if (claims.every((c) => c.interestCents === 0 && c.indemnityCents === 0)) {
    throw new DocumentError(
      'no-invoices',
      'Aucune pénalité n’est due sur ces factures à cette date (payées à temps, ou particulier sans mise en demeure).',
    );
  }
  const rows: TableRow[] = [];
  let interest = 0;
  let indemnity = 0;
  for (const c of claims) {
    const paidOn = paidInFullOn(c);
    const ref = `${numero(c.invoice.number, lang)} — ${fr ? 'échue le' : 'due'} ${shortDate(c.invoice.dueDate, lang)}${
      paidOn ? (fr ? `, payée le ${shortDate(paidOn, lang)}` : `, paid on ${shortDate(paidOn, lang)}`) : ''
    }`;
    for (const s of c.segments) {
      rows.push({
        cells: [
          `${ref}\n${fr ? 'Intérêts de retard' : 'Late-payment interest'} ${fr ? 'du' : 'from'} ${shortDate(s.from, lang)} ${fr ? 'au' : 'to'} ${shortDate(s.to, lang)}, ${s.days} ${fr ? 'j.' : 'd.'} × ${percent(s.ratePercent, lang)} × ${amount(s.baseCents, currency, lang)}\n(${basisLabel(s.basis, lang)})`,
          amount(s.interestCents, currency, lang),
        ],
      });
    }
    interest += c.interestCents;
    if (c.indemnityCents > 0) {
      indemnity += c.indemnityCents;
      rows.push({
        cells: [
          `${ref}\n${fr ? 'Indemnité forfaitaire pour frais de recouvrement' : 'Fixed recovery fee'} (${indemnityBasis(client.kind === 'public' ? 'public' : 'pro', lang)})`,
          amount(c.indemnityCents, 'EUR', lang),
        ],
      });
    }
  }
  const totals: TableRow[] =
    currency === 'EUR'
      ? [
          {
            cells: [fr ? 'Total à payer' : 'Total due', amount(interest + indemnity, 'EUR', lang)],
            total: true,
          },
        ]
      : [
          {
            cells: [fr ? 'Intérêts à payer' : 'Interest due', amount(interest, currency, lang)],
            total: true,
          },
          ...(indemnity > 0
            ? [
                {
                  cells: [
                    fr ? 'Et, en euros, indemnités' : 'And, in euros, fees',
                    amount(indemnity, 'EUR', lang),
                  ],
                  total: true,
                },
              ]
            : []),
        ];
  const words = courtesy(client, lang);
  const numbers = claims.map((c) => c.invoice.number);
  const blocks: Block[] = [
    letterhead(settings.identity, client, lang),
    placeDate(settings.identity.city, asOf, lang),
    {
      kind: 'title',
      text: fr
        ? `Facture n°\u00a0${input.penaltyInvoiceNumber} — pénalités de retard`
        : `Invoice no.\u00a0${input.penaltyInvoiceNumber} — late-payment charges`,
      subtitle: fr
        ? `Date d’émission : ${shortDate(asOf, lang)} — payable à réception`
        : `Issued ${shortDate(asOf, lang)} — payable on receipt`,
    },
    { kind: 'paragraph', text: words.salutation },
    {
      kind: 'paragraph',
      text: fr
        ? 'Je vous remercie de votre règlement. Le paiement étant intervenu après l’échéance, les sommes suivantes restent dues au titre du retard :'
        : 'Thank you for your payment. As it was made after the due date, the following sums remain due for the delay:',
    },
    {
      kind: 'table',
      columns: [
        { header: fr ? 'Désignation' : 'Description', width: 78 },
        { header: fr ? 'Montant' : 'Amount', width: 22, align: 'right' },
      ],
      rows: [...rows, ...totals],
    },
    {
      kind: 'paragraph',
      size: 'small',
      text: fr
        ? 'Intérêts de retard et indemnité forfaitaire : sommes à caractère indemnitaire, hors du champ de la TVA.'
        : 'Late-payment interest and the fixed recovery fee are compensation, outside the scope of VAT.',
    },
    // A user under the VAT franchise prints it on every invoice (CGI art. 293 B; the wording of
    // art. 242 nonies A annexe II), this one included (issue #19: asked in the welcome).
    ...(settings.mentionDefaults?.vatFranchise
      ? [{ kind: 'paragraph', size: 'small', text: VAT_FRANCHISE[lang] } as Block]
      : []),
    paymentFields(settings.identity, claims, lang),
    { kind: 'paragraph', text: words.closing },
    signatureBlock(settings),
  ];
  return {
    title: documentTitle(
      fr ? 'Facture de pénalités de retard' : 'Late-payment charges invoice',
      client.name,
      numbers,
      lang,
    ),
    lang,
    date: asOf,
    author: settings.identity.name || settings.identity.tradeName,
    blocks,
  };
}
