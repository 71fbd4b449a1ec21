/**
 * The identity of a bank line, stored in the payment event it proves, so the same statement
 * imported twice records nothing twice. Date, amount, label and reference: what every format
 * has (CSV files carry no transaction id). A 53-bit string hash (cyrb53, public domain) is
 * enough for one user's statements and needs no async crypto in the pure core.
 */
import { oneLine } from './text';
import type { BankLine } from './types';

export function bankLineHash(line: Pick<BankLine, 'date' | 'amountCents' | 'label' | 'reference'>): string {
  const key = [line.date, line.amountCents, oneLine(line.label).toUpperCase(), line.reference ?? ''].join(
    '|',
  );
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `b${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}
