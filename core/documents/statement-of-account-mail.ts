/**
 * The grouped reminder « per client »: one e-mail to the client with its
 * statement of account as the body — every open invoice, what was paid, what is due, the
 * penalties where the invoices allow claiming them — and the payment block (IBAN of the
 * invoices' currency, the invoice numbers as the transfer reference, the pay link).
 * Plain data in, plain text out; the background opens it in the user's mailbox.
 */
import { paymentBlock, paymentLinkSentence } from '../templates/payment';
import { invoiceClaims, sumOf } from './claims';
import { amount, shortDate } from './format';
import { checkInput, type DocumentInput, languageOf } from './input';
import { statementOfAccountText } from './statement-of-account-text';

export interface StatementMail {
  to: readonly string[];
  subject: string;
  body: string;
  /** The invoices it lists, oldest due date first. */
  numbers: string[];
}

export function statementOfAccountMail(input: DocumentInput): StatementMail {
  const currency = checkInput(input);
  const lang = languageOf(input);
  const fr = lang === 'fr';
  const tu = fr && input.client.addressing === 'tu';
  const { client, settings } = input;
  const claims = invoiceClaims(input, input.asOf).sort((a, b) =>
    a.invoice.dueDate.localeCompare(b.invoice.dueDate),
  );
  const numbers = claims.map((c) => c.invoice.number);
  const money = (cents: number, cur = currency) => amount(cents, cur, lang);
  const identity = settings.identity;
  const sender = identity.tradeName.trim() || identity.name.trim();
  const first = client.contactFirstName?.trim();
  const count = new Intl.PluralRules(lang).select(claims.length) === 'one' ? 'one' : 'other';

  const intro = fr
    ? count === 'one'
      ? `Voici l’état de ${tu ? 'ton' : 'votre'} compte : une facture reste à régler.`
      : `Voici l’état de ${tu ? 'ton' : 'votre'} compte : ${claims.length} factures restent à régler.`
    : count === 'one'
      ? `Here is where your account stands: one invoice is still to be paid.`
      : `Here is where your account stands: ${claims.length} invoices are still to be paid.`;

  // Penalties only where invoiceClaims claims them (stated on the invoice, a pro debtor…).
  const interest = sumOf(claims, 'interestCents');
  const indemnity = sumOf(claims, 'indemnityCents');
  const penaltyParts = [
    interest > 0 &&
      (fr ? `des pénalités de retard de ${money(interest)}` : `late-payment interest of ${money(interest)}`),
    // The 40 € is in euros whatever the invoices' currency (D441-5).
    indemnity > 0 &&
      (fr
        ? `l’indemnité forfaitaire de recouvrement de ${money(indemnity, 'EUR')}`
        : `the fixed recovery fee of ${money(indemnity, 'EUR')}`),
  ].filter((p): p is string => Boolean(p));
  const penalties =
    penaltyParts.length === 0
      ? null
      : fr
        ? `Conformément aux conditions des factures, s’y ajoutent ${penaltyParts.join(' et ')}, soit ${money(sumOf(claims, 'totalCents'))} au total.`
        : `Under the invoice terms, ${penaltyParts.join(' and ')} are added, i.e. ${money(sumOf(claims, 'totalCents'))} in total.`;

  const block = paymentBlock(identity, settings.payment, currency, numbers);
  const account = [
    block.iban && `IBAN : ${block.iban}`,
    block.bic && `BIC : ${block.bic}`,
    block.holder && (fr ? `Titulaire : ${block.holder}` : `Account holder: ${block.holder}`),
  ].filter(Boolean);
  const ask = fr
    ? `${tu ? 'Merci de régler' : 'Je vous remercie de bien vouloir régler'} ce solde par virement, en indiquant la référence ${block.reference}.`
    : `Please settle this balance by bank transfer, quoting the reference ${block.reference}.`;
  const payment = [ask, ...(account.length ? [account.join(' — ')] : [])];
  const link = paymentLinkSentence(block.link, lang, tu ? 'tu' : 'vous');
  const closing = fr ? (tu ? 'Bonne journée,' : 'Bien cordialement,') : 'Kind regards,';
  const signature = identity.signature.trim() || identity.name.trim() || identity.tradeName.trim();

  const body = [
    fr ? (first ? `Bonjour ${first},` : 'Bonjour,') : first ? `Dear ${first},` : 'Hello,',
    intro,
    statementOfAccountText(input),
    penalties,
    [...payment, link].filter(Boolean).join('\n'),
    [closing, signature].filter(Boolean).join('\n'),
  ].filter((p): p is string => Boolean(p));
  const subject = fr
    ? `Relevé de compte au ${shortDate(input.asOf, lang)}${sender ? ` — ${sender}` : ''}`
    : `Statement of account as of ${shortDate(input.asOf, lang)}${sender ? ` — ${sender}` : ''}`;
  return { to: client.emails, subject, body: body.join('\n\n'), numbers };
}
