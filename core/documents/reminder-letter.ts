/**
 * Lettre de relance simple: the letter step of the ladder, firm but courteous. Letters are
 * formal documents, so the French always says « vous », whatever the client's emails use.
 * Penalties and the 40 € are recalled only when the invoice announced them (C. com. L441-9).
 */

import { type InvoiceClaim, invoiceClaims, sumOf } from './claims';
import { documentTitle } from './file-name';
import { invoiceReferences } from './formal-notice';
import { amount, joinList, shortDate } from './format';
import { reminderHistory } from './history';
import { checkInput, type DocumentInput, languageOf, refuseUnderProceedings } from './input';
import {
  enclosuresBlocks,
  invoiceCopies,
  invoicesTable,
  letterhead,
  paymentFields,
  placeDate,
  signatureBlock,
} from './letter-parts';
import type { Block, DocumentModel, Inline } from './model';

function extras(claims: readonly InvoiceClaim[], currency: string, lang: 'fr' | 'en'): string | null {
  const interest = sumOf(claims, 'interestCents');
  const indemnity = sumOf(claims, 'indemnityCents');
  if (interest === 0 && indemnity === 0) return null;
  const parts: string[] = [];
  if (lang === 'fr') {
    if (interest > 0) parts.push(`des pénalités de retard (${amount(interest, currency, lang)} à ce jour)`);
    if (indemnity > 0)
      parts.push(
        `l’indemnité forfaitaire pour frais de recouvrement (${amount(indemnity, currency, lang)}, C. com. art. D441-5)`,
      );
    return `Je vous rappelle que, conformément aux conditions de la facture et à l’article L441-10 II du Code de commerce, le retard rend exigibles ${joinList(parts, lang)}.`;
  }
  if (interest > 0) parts.push(`late-payment interest (${amount(interest, currency, lang)} to date)`);
  if (indemnity > 0)
    parts.push(`the fixed recovery fee (${amount(indemnity, currency, lang)}, C. com. art. D441-5)`);
  return `Please note that, under the invoice terms and article L441-10 II of the French Commercial Code, the delay makes ${joinList(parts, lang)} payable.`;
}

export function reminderLetter(input: DocumentInput): DocumentModel {
  const currency = checkInput(input);
  refuseUnderProceedings(input);
  const lang = languageOf(input);
  const fr = lang === 'fr';
  const { client, settings, asOf } = input;
  const claims = invoiceClaims(input, asOf);
  const numbers = claims.map((c) => c.invoice.number);
  const plural = claims.length > 1;
  const history = reminderHistory(input.invoices, input.events, asOf);
  const due = amount(sumOf(claims, 'outstandingCents'), currency, lang);
  const dates = joinList([...new Set(history.map((h) => shortDate(h.date, lang)))], lang);
  const request: Inline[] = fr
    ? [
        { text: 'Je vous remercie de bien vouloir procéder sans tarder au règlement de la somme de ' },
        { text: due, bold: true },
        { text: ', par virement de préférence :' },
      ]
    : [
        { text: 'I would be grateful if you could settle the sum of ' },
        { text: due, bold: true },
        { text: ' without delay, preferably by bank transfer:' },
      ];
  const recall = extras(claims, currency, lang);
  const blocks: Block[] = [
    letterhead(settings.identity, client, lang),
    placeDate(settings.identity.city, asOf, lang),
    { kind: 'space', mm: 4 },
    {
      kind: 'paragraph',
      text: `${fr ? 'Objet : Relance pour' : 'Subject: Reminder —'} ${invoiceReferences(numbers, lang)} ${fr ? (plural ? 'impayées' : 'impayée') : 'unpaid'}`,
      bold: true,
    },
    { kind: 'space', mm: 2 },
    { kind: 'paragraph', text: fr ? 'Madame, Monsieur,' : 'Dear Sir or Madam,' },
    {
      kind: 'paragraph',
      text: fr
        ? `Sauf erreur ou omission de ma part, ${plural ? 'les factures suivantes, échues, ne sont' : 'la facture suivante, échue, n’est'} toujours pas réglée${plural ? 's' : ''} :`
        : `Unless I am mistaken, the following invoice${plural ? 's, now past due, have' : ', now past due, has'} not yet been paid:`,
    },
    invoicesTable(claims, currency, lang),
  ];
  if (history.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: fr
        ? `Ce courrier fait suite à mes relances du ${dates}.`
        : `This letter follows my reminders of ${dates}.`,
    });
  }
  blocks.push(
    { kind: 'paragraph', text: request },
    paymentFields(settings.identity, claims, lang, settings.payment),
  );
  if (recall) blocks.push({ kind: 'paragraph', text: recall });
  blocks.push(
    {
      kind: 'paragraph',
      text: fr
        ? 'Si vous rencontrez une difficulté, n’hésitez pas à me contacter afin que nous trouvions ensemble une solution. Si votre règlement a croisé ce courrier, je vous prie de ne pas en tenir compte.'
        : 'If there is any difficulty, please contact me so that we can find a solution together. If your payment has crossed this letter, please disregard it.',
    },
    {
      kind: 'paragraph',
      text: fr
        ? 'Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.'
        : 'Yours faithfully,',
    },
    signatureBlock(settings.identity),
    ...enclosuresBlocks([...invoiceCopies(claims, lang), ...(input.enclosures ?? [])], lang),
  );
  return {
    title: documentTitle(fr ? 'Relance' : 'Reminder', client.name, numbers, lang),
    lang,
    date: asOf,
    author: settings.identity.name || settings.identity.tradeName,
    blocks,
  };
}
