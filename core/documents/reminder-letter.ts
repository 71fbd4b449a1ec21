/**
 * Lettre de relance simple: the letter step of the ladder, firm but courteous. Letters are
 * formal documents, so the French always says « vous », whatever the client's emails use.
 * Penalties and the 40 € are recalled only when the invoice announced them (C. com. L441-9).
 */

import { addDays } from '../dates';
import type { ClientKind } from '../model';
import { type InvoiceClaim, invoiceClaims, sumOf } from './claims';
import { documentTitle } from './file-name';
import { invoiceReferences } from './formal-notice';
import { amount, joinList, longDate, shortDate } from './format';
import { reminderHistory } from './history';
import { checkInput, type DocumentInput, languageOf, refuseUnderProceedings } from './input';
import {
  courtesy,
  enclosuresBlocks,
  invoiceCopies,
  invoicesTable,
  letterhead,
  paymentFields,
  placeDate,
  signatureBlock,
} from './letter-parts';
import type { Block, DocumentModel, Inline } from './model';
import { requireParts } from './requirements';

/**
 * What the delay adds, with the law of the debtor: L441-10 II and D441-5 for a business, the
 * public-procurement code for a public body; a consumer owes nothing more before a formal
 * notice (C. civ. 1231-6), and is told so plainly, without any B2B article.
 */
function extras(
  claims: readonly InvoiceClaim[],
  currency: string,
  lang: 'fr' | 'en',
  kind: ClientKind,
): string | null {
  const fr = lang === 'fr';
  if (kind === 'particulier') {
    const interest = sumOf(claims, 'interestCents');
    if (interest > 0)
      return fr
        ? `Les intérêts de retard courus depuis la mise en demeure s’élèvent à ${amount(interest, currency, lang)} à ce jour (C. civ. art. 1231-6).`
        : `Interest accrued since the formal notice amounts to ${amount(interest, currency, lang)} to date (French Civil Code art. 1231-6).`;
    return fr
      ? 'À défaut de règlement, une mise en demeure fera courir des intérêts au taux légal sur la somme due (C. civ. art. 1231-6 et 1344-1).'
      : 'Failing payment, a formal notice will make statutory interest accrue on the sum due (French Civil Code art. 1231-6 and 1344-1).';
  }
  const interest = sumOf(claims, 'interestCents');
  const indemnity = sumOf(claims, 'indemnityCents');
  if (interest === 0 && indemnity === 0) return null;
  const parts: string[] = [];
  const law =
    kind === 'public'
      ? fr
        ? 'du Code de la commande publique (art. L2192-13, R2192-31 et D2192-35)'
        : 'of the French Public Procurement Code (art. L2192-13, R2192-31 and D2192-35)'
      : fr
        ? 'de l’article L441-10 II du Code de commerce'
        : 'of article L441-10 II of the French Commercial Code';
  if (fr) {
    if (interest > 0) parts.push(`des intérêts de retard (${amount(interest, currency, lang)} à ce jour)`);
    if (indemnity > 0)
      parts.push(
        `l’indemnité forfaitaire pour frais de recouvrement (${amount(indemnity, 'EUR', lang)}${kind === 'pro' ? ', C. com. art. D441-5' : ''})`,
      );
    return `Je vous rappelle qu’en application ${law}, le retard rend exigibles ${joinList(parts, lang)}.`;
  }
  if (interest > 0) parts.push(`late-payment interest (${amount(interest, currency, lang)} to date)`);
  if (indemnity > 0)
    parts.push(
      `the fixed recovery fee (${amount(indemnity, 'EUR', lang)}${kind === 'pro' ? ', C. com. art. D441-5' : ''})`,
    );
  return `Please note that, by virtue ${law}, the delay makes ${joinList(parts, lang)} payable.`;
}

export function reminderLetter(input: DocumentInput): DocumentModel {
  const currency = checkInput(input);
  refuseUnderProceedings(input);
  // A posted letter needs its sender and the client's address (issue #19).
  requireParts(input.settings.identity, input.client, 'posted');
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
  const recall = extras(claims, currency, lang, client.kind);
  const words = courtesy(client, lang);
  // A deadline and what comes next (legal review): 8 days, then the formal notice.
  const deadline = longDate(addDays(asOf, 8), lang);
  const nextStep: Inline[] = fr
    ? [
        { text: 'Sans règlement de votre part ' },
        { text: `d’ici le ${deadline}`, bold: true },
        {
          text: ', je vous adresserai une mise en demeure de payer par lettre recommandée avec accusé de réception, préalable à une action en justice.',
        },
      ]
    : [
        { text: 'Without payment ' },
        { text: `by ${deadline}`, bold: true },
        {
          text: ', I will send you a formal notice to pay by registered letter with acknowledgement of receipt, before taking the matter to court.',
        },
      ];
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
    { kind: 'paragraph', text: words.salutation },
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
  blocks.push({ kind: 'paragraph', text: nextStep });
  blocks.push(
    {
      kind: 'paragraph',
      text: fr
        ? 'Si vous rencontrez une difficulté, n’hésitez pas à me contacter afin que nous trouvions ensemble une solution. Si votre règlement a croisé ce courrier, je vous prie de ne pas en tenir compte.'
        : 'If there is any difficulty, please contact me so that we can find a solution together. If your payment has crossed this letter, please disregard it.',
    },
    { kind: 'paragraph', text: words.closing },
    signatureBlock(settings),
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
