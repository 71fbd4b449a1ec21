import { sameAddress } from './detect';
import type { GmailMessage, GmailThread } from './types';

/**
 * Past-tense statements that the money left: "le virement a été effectué", "c'est réglé",
 * "payment sent". Future or conditional wording ("sera effectué", "will be paid") must not
 * match, so auxiliaries are listed rather than allowing any word in between.
 */
const PAID: RegExp[] = [
  String.raw`\b(?:virement|paiement|règlement|versement)s?\s+(?:(?:a|ont|est|sont|bien|été|déjà)\s+)*(?:effectué|fait|réalisé|envoyé|passé|parti|émis|lancé|validé)e?s?\b`,
  String.raw`\b(?:j'ai|nous avons|on a|je viens de|nous venons de)\s+(?:bien\s+|déjà\s+)?(?:effectué|fait|réalisé|envoyé|lancé|passé|émis|procédé au|payé|réglé|viré|effectuer|faire|payer|régler|virer)\b`,
  String.raw`\b(?:c'est|facture|elle|tout)\s+(?:est\s+|a été\s+)?(?:bien\s+)?(?:réglée?|payée?|soldée?)\b`,
  String.raw`\b(?:payment|transfer|wire|bank transfer)\s+(?:(?:has|have|was|is|been|just|now)\s+)*(?:sent|made|done|completed|processed|issued|gone through)\b`,
  String.raw`\b(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+|already\s+)?(?:paid|settled|sent\s+(?:the\s+|you\s+the\s+)?(?:payment|transfer|money|funds))\b`,
  String.raw`\b(?:invoice|it|this)\s+(?:has been|was|is)\s+(?:now\s+)?(?:paid|settled)\b`,
  String.raw`^\s*(?:paid|payé|réglé)\b`,
].map(unicodeWords);

/**
 * Words that turn a match into its opposite. Promises ("sera effectué", "will be paid") need
 * no list: the patterns above only let past-tense auxiliaries in.
 */
const NEGATION = unicodeWords(
  String.raw`\b(?:pas|jamais|aucune?|not|never|no|yet)\b|n't\b|\bn'(?:a|ai|avons|est)\b`,
);

/** JS's `\b` knows no accented letters ("effectué" would never end a word): spell it out. */
function unicodeWords(source: string): RegExp {
  const boundary = String.raw`(?:(?<![\p{L}\p{N}'])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;
  return new RegExp(source.replaceAll(String.raw`\b`, boundary).replaceAll(' ', String.raw`\s+`), 'iu');
}

/**
 * The client's message saying the invoice was paid, or `null`. Only messages from someone
 * other than `me`, after `afterMessageId` (the invoice's message; default: the first message
 * `me` sent), and only their own text: a quote of our reminder is not what they said.
 */
export function findPaymentReply(
  thread: GmailThread,
  me: string,
  afterMessageId?: string,
): GmailMessage | null {
  const start = afterMessageId
    ? thread.messages.findIndex((m) => m.messageId === afterMessageId)
    : thread.messages.findIndex((m) => sameAddress(m.from.email, me));
  if (start < 0) return null;
  const later = thread.messages.slice(start + 1).filter((m) => !sameAddress(m.from.email, me));
  return later.reverse().find((m) => saysPaid(m.bodyText)) ?? null;
}

export function detectPaymentReply(thread: GmailThread, me: string, afterMessageId?: string): boolean {
  return findPaymentReply(thread, me, afterMessageId) !== null;
}

/** True when one sentence of `text` states a payment was made, without negation or question. */
export function saysPaid(text: string): boolean {
  return sentences(text).some((sentence) => {
    if (/\?\s*$/.test(sentence)) return false;
    return PAID.some((re) => {
      const match = re.exec(sentence);
      if (!match) return false;
      // Look at the words just before the match and inside it: "n'a pas encore été effectué".
      const before = sentence.slice(Math.max(0, match.index - 40), match.index);
      return (
        !NEGATION.test(before) &&
        !NEGATION.test(match[0]) &&
        !/^\s*(?:pas|not)\s/i.test(sentence.slice(match.index + match[0].length))
      );
    });
  });
}

function sentences(text: string): string[] {
  return text
    .replace(/[’]/g, "'")
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
