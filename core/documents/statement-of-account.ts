/**
 * Relevé de compte: every open invoice of one client, what was paid on each, what is still
 * due, how late, and the penalties where the law and the invoice allow claiming them — as a
 * PDF and as the plain text of one grouped reminder. Amounts come from invoiceClaims (core/law).
 */
import { sumOf } from './claims';
import { documentFileName } from './file-name';
import { amount, shortDate } from './format';
import { checkInput, type DocumentInput, languageOf } from './input';
import { letterhead, paymentFields, placeDate, signatureBlock } from './letter-parts';
import type { Block, BuiltFile, DocumentModel, TableRow } from './model';
import { renderPdf } from './pdf/render';
import { linesOf } from './statement-of-account-text';

// The text of the statement lives apart, so the background can write the grouped reminder
// without the PDF renderer.
export { statementOfAccountText } from './statement-of-account-text';

export function statementOfAccount(input: DocumentInput): DocumentModel {
  const currency = checkInput(input);
  const lang = languageOf(input);
  const fr = lang === 'fr';
  const { client, settings, asOf } = input;
  const lines = linesOf(input);
  const claims = lines.map((l) => l.claim);
  const money = (cents: number) => amount(cents, currency, lang);
  const rows: TableRow[] = lines.map(({ claim, paidCents, daysLate }) => ({
    cells: [
      claim.invoice.number,
      claim.invoice.issueDate ? shortDate(claim.invoice.issueDate, lang) : '—',
      shortDate(claim.invoice.dueDate, lang),
      money(claim.invoice.totalCents),
      money(paidCents),
      money(claim.outstandingCents),
      daysLate > 0 ? String(daysLate) : '—',
    ],
  }));
  rows.push({
    cells: [
      'Total',
      '',
      '',
      money(claims.reduce((s, c) => s + c.invoice.totalCents, 0)),
      money(lines.reduce((s, l) => s + l.paidCents, 0)),
      money(sumOf(claims, 'outstandingCents')),
      '',
    ],
    total: true,
  });
  const payments = claims
    .flatMap((c) => c.events.flatMap((e) => (e.type === 'payment' ? [{ e, number: c.invoice.number }] : [])))
    .sort((a, b) => a.e.date.localeCompare(b.e.date));
  const interest = sumOf(claims, 'interestCents');
  const indemnity = sumOf(claims, 'indemnityCents');
  const blocks: Block[] = [
    letterhead(settings.identity, client, lang),
    placeDate(settings.identity.city, asOf, lang),
    {
      kind: 'title',
      text: fr ? 'Relevé de compte' : 'Statement of account',
      subtitle: `${client.name} — ${shortDate(asOf, lang)}`,
    },
    {
      kind: 'paragraph',
      text: fr
        ? `Voici l’état de votre compte au ${shortDate(asOf, lang)} : les factures non soldées, ce qui a déjà été réglé et ce qui reste dû.`
        : `Here is your account as of ${shortDate(asOf, lang)}: the invoices not yet settled, what has been paid and what is still due.`,
    },
    {
      kind: 'table',
      columns: [
        { header: fr ? 'Facture' : 'Invoice', width: 20 },
        { header: fr ? 'Émise le' : 'Issued', width: 14 },
        { header: fr ? 'Échéance' : 'Due', width: 14 },
        { header: fr ? 'Montant facturé' : 'Invoiced', width: 17, align: 'right' },
        { header: fr ? 'Réglé' : 'Paid', width: 15, align: 'right' },
        { header: fr ? 'Reste dû' : 'Due now', width: 17, align: 'right' },
        { header: fr ? 'Jours de retard' : 'Days late', width: 12, align: 'right' },
      ],
      rows,
    },
  ];
  if (payments.length > 0) {
    blocks.push(
      { kind: 'heading', text: fr ? 'Règlements reçus' : 'Payments received' },
      {
        kind: 'list',
        items: payments.map(({ e, number }) =>
          fr
            ? `${shortDate(e.date, lang)} : ${money(e.type === 'payment' ? e.amountCents : 0)} sur la facture ${number}`
            : `${shortDate(e.date, lang)}: ${money(e.type === 'payment' ? e.amountCents : 0)} on invoice ${number}`,
        ),
      },
    );
  }
  if (interest + indemnity > 0) {
    const parts = [
      interest > 0
        ? `${fr ? 'pénalités de retard à ce jour' : 'late-payment interest to date'} : ${money(interest)}`
        : null,
      indemnity > 0
        ? `${fr ? 'indemnité forfaitaire de recouvrement (D441-5)' : 'fixed recovery fee (D441-5)'} : ${money(indemnity)}`
        : null,
    ].filter((p): p is string => p !== null);
    blocks.push({
      kind: 'paragraph',
      text: fr
        ? `S’y ajoutent, conformément aux conditions des factures : ${parts.join(' ; ')}, soit ${money(sumOf(claims, 'totalCents'))} au total.`
        : `Under the invoice terms, the following are added: ${parts.join('; ')}, i.e. ${money(sumOf(claims, 'totalCents'))} in total.`,
    });
  }
  blocks.push(paymentFields(settings.identity, claims, lang, settings.payment), signatureBlock(settings));
  return {
    title: `${fr ? 'Relevé de compte' : 'Statement of account'} — ${client.name}`,
    lang,
    date: asOf,
    author: settings.identity.name || settings.identity.tradeName,
    blocks,
  };
}

export function buildStatementOfAccountPdf(input: DocumentInput): BuiltFile {
  const doc = statementOfAccount(input);
  const prefix = doc.lang === 'fr' ? 'Releve-de-compte' : 'Statement';
  return {
    fileName: documentFileName(prefix, [input.client.name, input.asOf], 'pdf'),
    mime: 'application/pdf',
    bytes: renderPdf(doc),
  };
}
