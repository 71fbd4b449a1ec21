/**
 * What a bank label can say about an invoice and a payer, reduced to comparable keys:
 * invoice numbers as upper-case letters and digits (« F-2026-014 », « F 2026 014 » and
 * « f2026014 » are one key), names as words without accents, legal forms or short words.
 */
import { normalizeName } from './text';

/** « F-2026-014 » → « F2026014 ». */
export function numberKey(number: string): string {
  return number.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The digits of a number, when there are enough of them to mean something (« 2026014 »). */
export function digitKey(number: string): string | null {
  const digits = number.replace(/\D/g, '');
  return digits.length >= 5 ? digits : null;
}

/**
 * Every key a label could hold: each word, and runs of two or three adjacent words (a bank
 * may cut « F-2026 014 » or a payer may type « F 2026 014 »). Words are split on spaces and
 * on the punctuation banks put around references (« /MOTIF », « REF: », « N° »).
 */
export function labelKeys(text: string): Set<string> {
  const words = text
    .toUpperCase()
    .split(/[\s/:;,()[\]"'«»|·+*#°]+/)
    .map((w) => w.replace(/[^A-Z0-9]/g, ''))
    .filter((w) => w !== '');
  const keys = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(words.length, i + 3); j++) {
      joined += words[j];
      keys.add(joined);
    }
  }
  return keys;
}

/** Legal forms and filler words that say nothing about who paid. */
const NOISE = new Set([
  'sarl',
  'sas',
  'sasu',
  'sa',
  'eurl',
  'sci',
  'scop',
  'snc',
  'ei',
  'eirl',
  'ets',
  'ste',
  'soc',
  'societe',
  'ltd',
  'llc',
  'gmbh',
  'inc',
  'the',
  'les',
  'des',
  'and',
  'et',
  'de',
  'du',
  'la',
  'le',
  'vir',
  'virement',
  'sepa',
  'recu',
  'inst',
  'from',
  'transfer',
  'money',
  'added',
  'mr',
  'mme',
  'm',
]);

/** The words of a client's or payer's name that identify it. */
export function nameWords(name: string): string[] {
  return normalizeName(name)
    .split(' ')
    .filter((w) => w.length >= 3 && !NOISE.has(w));
}
