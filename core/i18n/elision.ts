/**
 * French elision before a name or a word we insert: « la facture F-1 d’Acme SAS », never
 * « de Acme SAS »; « qu’Ivan », « l’Agence ». Only before a written vowel: an « h » may be
 * aspirated (« de Hachette »), so it keeps the full word, which is never wrong to read.
 * The apostrophe is the typographic one (’) used in all our texts.
 */
const VOWEL = /^[aeiouyàâäéèêëîïôöùûüæœ]/i;
/** The words that elide before a vowel, and their elided form. */
const ELIDED: Record<string, string> = {
  de: 'd’',
  De: 'D’',
  que: 'qu’',
  Que: 'Qu’',
  le: 'l’',
  Le: 'L’',
  la: 'l’',
  La: 'L’',
  je: 'j’',
  Je: 'J’',
  ne: 'n’',
  jusque: 'jusqu’',
  lorsque: 'lorsqu’',
  puisque: 'puisqu’',
};

/** A placeholder preceded by one of these words is elided by the translator (core/i18n/translate). */
export const ELIDING = new RegExp(`(?<![\\p{L}’'-])(${Object.keys(ELIDED).join('|')}) $`, 'u');

/** Whether `next` starts with a written vowel (« de « Acme » » keeps its « de »: the quote comes first). */
export function startsWithVowel(next: string): boolean {
  return VOWEL.test(next);
}

/** `word` + `next`, elided when French asks for it: elide('de', 'Acme') → « d’Acme ». */
export function elide(word: string, next: string): string {
  const short = ELIDED[word];
  return short && startsWithVowel(next) ? `${short}${next}` : `${word} ${next}`;
}
