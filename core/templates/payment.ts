/**
 * The payment block every reminder, letter and formal notice carries: to whom, on which
 * account (the one in the invoice's currency when the user has several), the reference to
 * write on the transfer (the invoice numbers), and the optional pay link. One function, used
 * by the templates and the documents alike.
 */
import type { Identity, Language, PaymentSettings } from '../model';

export interface PaymentBlock {
  holder: string;
  iban: string | null;
  bic: string | null;
  /** What to write on the transfer: the invoice number(s). */
  reference: string;
  link: string | null;
}

export function paymentBlock(
  identity: Identity,
  payment: PaymentSettings | undefined,
  currency: string,
  numbers: readonly string[],
): PaymentBlock {
  const account = payment?.accounts.find((a) => a.currency === currency);
  const iban = (account?.iban ?? identity.iban).trim();
  const bic = (account ? account.bic : identity.bic).trim();
  return {
    holder: identity.name.trim() || identity.tradeName.trim(),
    iban: iban || null,
    bic: bic || null,
    reference: numbers.join(', '),
    link: payment?.link.trim() || null,
  };
}

/** The sentence with the pay link, in the reminder's language and address; null without a link. */
export function paymentLinkSentence(
  link: string | null,
  lang: Language,
  addressing: 'tu' | 'vous',
): string | null {
  if (!link) return null;
  if (lang === 'en') return `You can also pay online: ${link}`;
  return addressing === 'tu'
    ? `Tu peux aussi régler en ligne : ${link}`
    : `Vous pouvez aussi régler en ligne : ${link}`;
}
