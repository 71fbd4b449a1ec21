/**
 * A party's name and postal address as printed on a letter (issue #20): the name once, even
 * when the stored address starts with it. Clients' addresses are often pasted from an invoice
 * or a signature (« ACME SAS\n8 avenue… »): if the address's first line is the name, it is
 * dropped; if it holds the name and more (« Acme SAS — Service comptabilité »), that line is
 * printed instead of the bare name, so nothing is lost and nothing is printed twice.
 */
import { addressLines } from './format';

/** Case, accents, punctuation and spaces do not make two names different (« ACME S.A.S. » = « Acme SAS »). */
function folded(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase('fr')
      // Ligatures have no decomposition: « Œuvres » is written « OEUVRES » in capitals.
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/[^\p{L}\p{N}]+/gu, '')
  );
}

/** The line is the name, or holds it. */
export function sameOrHolds(line: string, name: string): boolean {
  const key = folded(name);
  return key !== '' && folded(line).includes(key);
}

export function partyLines(name: string, address: string | null | undefined): string[] {
  const lines = addressLines(address);
  const who = name.trim();
  const first = lines[0];
  const key = folded(who);
  if (!first || !key) return [who, ...lines].filter(Boolean);
  const line = folded(first);
  if (line === key) return [who, ...lines.slice(1)];
  if (line.includes(key)) return lines;
  return [who, ...lines];
}
