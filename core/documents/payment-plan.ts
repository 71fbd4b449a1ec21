import type { Installment } from '../model';
import { indemnityApart, invoiceClaims, sumOf } from './claims';
import { documentTitle } from './file-name';
import { amount, longDate, numero, shortDate, siren } from './format';
import { checkInput, DocumentError, type DocumentInput, languageOf, refuseUnderProceedings } from './input';
import { invoicesTable, paymentFields, recipientLines, senderLines, signerParty } from './letter-parts';
import type { Block, DocumentModel } from './model';
import { PLAN_EN, PLAN_FR } from './payment-plan-text';
import { requireParts } from './requirements';

export interface PaymentPlanInput extends DocumentInput {
  /** Defaults to the installments of the latest `payment_plan` event. */
  installments?: readonly Installment[];
  /** Whether the plan also covers the penalties and the 40 € (otherwise waived if honoured). */
  includePenalties?: boolean;
}

export { equalInstallments } from '../dunning/plan';

function latestPlan(input: PaymentPlanInput): readonly Installment[] {
  let best: { key: string; installments: Installment[] } | null = null;
  for (const e of input.events) {
    if (e.type !== 'payment_plan' || e.date > input.asOf) continue;
    const key = `${e.date}|${e.createdAt}`;
    if (!best || key > best.key) best = { key, installments: e.installments };
  }
  return best?.installments ?? [];
}

export function paymentPlan(input: PaymentPlanInput): DocumentModel {
  const currency = checkInput(input);
  refuseUnderProceedings(input);
  // Posted or attached, it names both parties with their addresses (issue #20; an invoice must, C. com. L441-9).
  requireParts(input.settings.identity, input.client, 'posted');
  const lang = languageOf(input);
  const T = lang === 'fr' ? PLAN_FR : PLAN_EN;
  const { client, settings, asOf } = input;
  const claims = invoiceClaims(input, asOf);
  const installments = [...(input.installments ?? latestPlan(input))].sort((a, b) =>
    a.date < b.date ? -1 : 1,
  );
  if (installments.length === 0)
    throw new DocumentError('plan-empty', 'L’échéancier ne comporte aucune échéance.');
  const principal = sumOf(claims, 'outstandingCents');
  // The 40 € joins the debt only for a euro invoice; otherwise it is stated apart, in euros.
  const apart = indemnityApart(claims);
  const extras = sumOf(claims, 'interestCents') + sumOf(claims, 'indemnityCents') - apart;
  const debt = principal + (input.includePenalties ? extras : 0);
  const scheduled = installments.reduce((s, i) => s + i.amountCents, 0);
  if (scheduled !== debt) {
    throw new DocumentError(
      'plan-total-mismatch',
      `Le total des échéances (${amount(scheduled, currency, 'fr')}) doit égaler la somme due (${amount(debt, currency, 'fr')}).`,
    );
  }
  const money = (c: number) => amount(c, currency, lang);
  const extrasText = apart > 0 ? `${money(extras)} + ${amount(apart, 'EUR', lang)}` : money(extras);
  const creditor = senderLines(settings.identity, lang).join(', ');
  const debtor = [
    ...recipientLines(client),
    ...(client.siren ? [`SIREN\u00a0${siren(client.siren)}`] : []),
  ].join(', ');
  const numbers = claims.map((c) => numero(c.invoice.number, lang));
  const last = installments[installments.length - 1]!;
  const blocks: Block[] = [
    { kind: 'title', text: T.title, subtitle: T.subtitle(numbers.join(', ')) },
    {
      kind: 'paragraph',
      text: [{ text: T.between, bold: true }, { text: ` ${creditor}, ${T.creditorAlias}` }],
    },
    { kind: 'paragraph', text: [{ text: T.and, bold: true }, { text: ` ${debtor}, ${T.debtorAlias}` }] },
    { kind: 'heading', text: T.art1 },
    {
      kind: 'paragraph',
      text: [{ text: T.acknowledges }, { text: money(debt), bold: true }, { text: T.forInvoices }],
    },
    invoicesTable(claims, currency, lang),
    {
      kind: 'paragraph',
      text: input.includePenalties
        ? T.penaltiesIncluded(extrasText, client.kind)
        : T.penaltiesWaived(extras > 0, client.kind),
    },
    { kind: 'heading', text: T.art2 },
    { kind: 'paragraph', text: T.schedule(installments.length, shortDate(last.date, lang)) },
    {
      kind: 'table',
      columns: [
        { header: T.colNumber, width: 12 },
        { header: T.colDate, width: 40 },
        { header: T.colAmount, width: 48, align: 'right' },
      ],
      rows: [
        ...installments.map((i, n) => ({
          cells: [`${n + 1}`, shortDate(i.date, lang), money(i.amountCents)],
        })),
        { cells: [T.total, '', money(scheduled)], total: true },
      ],
    },
    { kind: 'heading', text: T.art3 },
    { kind: 'paragraph', text: T.howToPay },
    paymentFields(settings.identity, claims, lang, settings.payment),
    { kind: 'heading', text: T.art4 },
    { kind: 'paragraph', text: T.default(client.kind === 'particulier') },
    { kind: 'paragraph', text: T.suspension },
    { kind: 'heading', text: T.art5 },
    { kind: 'paragraph', text: T.acknowledgement },
    ...(T.art6 && T.governingLaw
      ? [{ kind: 'heading', text: T.art6 } as Block, { kind: 'paragraph', text: T.governingLaw } as Block]
      : []),
    { kind: 'heading', text: T.handwrittenHeading },
    { kind: 'paragraph', text: T.handwritten, size: 'small', keepWithNext: true },
    ...T.handwrittenLines.map((line) => ({ kind: 'paragraph', text: line }) as Block),
    ...(client.kind === 'particulier' ? [] : [{ kind: 'paragraph', text: T.signatory } as Block]),
    { kind: 'paragraph', text: T.madeAt(settings.identity.city, longDate(asOf, lang)) },
    {
      kind: 'signature',
      parties: [
        { heading: T.creditorSigns, note: T.creditorNote, ...signerParty(settings) },
        { heading: T.debtorSigns, note: T.debtorNote, lines: [client.name] },
      ],
    },
  ];
  return {
    title: documentTitle(
      T.title,
      client.name,
      claims.map((c) => c.invoice.number),
      lang,
    ),
    lang,
    date: asOf,
    author: settings.identity.name || settings.identity.tradeName,
    blocks,
  };
}
