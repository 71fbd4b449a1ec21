/**
 * Checks on the identity printed in letters and formal notices: a wrong SIRET or IBAN in a
 * mise en demeure is worse than none, so typos are caught here, with the checksums the
 * numbers carry. Each check returns a problem code (translated by the UI) or null.
 */
import { z } from 'zod';

export type IdentityProblem =
  | 'siren-digits'
  | 'siret-digits'
  | 'checksum'
  | 'siret-siren-mismatch'
  | 'iban-format'
  | 'iban-checksum'
  | 'bic-format'
  | 'email-format'
  | 'phone-format';

export const digitsOnly = (s: string) => s.replace(/[\s.-]/g, '');

/** Luhn sum, as INSEE uses for SIREN and SIRET. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** La Poste's establishments share SIREN 356000000 and break Luhn: their SIRET digits sum to a multiple of 5. */
const LA_POSTE = '356000000';

export function checkSiren(input: string): IdentityProblem | null {
  const s = digitsOnly(input);
  if (s === '') return null;
  if (!/^\d{9}$/.test(s)) return 'siren-digits';
  return luhnValid(s) ? null : 'checksum';
}

export function checkSiret(input: string, siren: string): IdentityProblem | null {
  const s = digitsOnly(input);
  if (s === '') return null;
  if (!/^\d{14}$/.test(s)) return 'siret-digits';
  const valid = s.startsWith(LA_POSTE)
    ? [...s].reduce((sum, d) => sum + Number(d), 0) % 5 === 0
    : luhnValid(s);
  if (!valid) return 'checksum';
  const ownSiren = digitsOnly(siren);
  return ownSiren !== '' && !s.startsWith(ownSiren) ? 'siret-siren-mismatch' : null;
}

export const compactIban = (s: string) => s.replace(/\s/g, '').toUpperCase();

/** ISO 13616: country, two check digits, then the BBAN; the whole number mod 97 must be 1. */
export function checkIban(input: string): IdentityProblem | null {
  const iban = compactIban(input);
  if (iban === '') return null;
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return 'iban-format';
  // French IBANs (and Monaco's) are always 27 characters: a frequent typo is a dropped digit.
  if ((iban.startsWith('FR') || iban.startsWith('MC')) && iban.length !== 27) return 'iban-format';
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1 ? null : 'iban-checksum';
}

/** « FR76 3000 6000 0112 3456 7890 189 »: the way banks print it, and letters too. */
export function formatIban(input: string): string {
  return compactIban(input).replace(/(.{4})(?=.)/g, '$1 ');
}

export function checkBic(input: string): IdentityProblem | null {
  const bic = input.trim().toUpperCase();
  if (bic === '') return null;
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic) ? null : 'bic-format';
}

const email = z.email();

export function checkEmail(input: string): IdentityProblem | null {
  const s = input.trim();
  return s === '' || email.safeParse(s).success ? null : 'email-format';
}

export function checkPhone(input: string): IdentityProblem | null {
  const s = input.trim();
  if (s === '') return null;
  return /^\+?[\d\s().-]+$/.test(s) && s.replace(/\D/g, '').length >= 6 ? null : 'phone-format';
}

/**
 * The SIREN is the first nine digits of the SIRET (INSEE: SIRET = SIREN + NIC): asked once, the
 * SIRET gives both. Null when the SIRET is not 14 valid digits.
 */
export function sirenFromSiret(input: string): string | null {
  const s = digitsOnly(input);
  if (checkSiret(s, '') !== null || s.length !== 14) return null;
  return s.slice(0, 9);
}
