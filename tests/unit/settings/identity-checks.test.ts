import { describe, expect, it } from 'vitest';
import {
  checkBic,
  checkEmail,
  checkIban,
  checkPhone,
  checkSiren,
  checkSiret,
  formatIban,
} from '../../../core/identity/checks';

describe('identity printed in letters', () => {
  it('a SIREN has 9 digits and passes the Luhn check', () => {
    expect(checkSiren('')).toBeNull();
    expect(checkSiren('732 829 320')).toBeNull();
    expect(checkSiren('73282932')).toBe('siren-digits');
    expect(checkSiren('732829321')).toBe('checksum');
  });

  it('a SIRET has 14 digits, passes Luhn (La Poste: digit sum) and starts with the SIREN', () => {
    expect(checkSiret('732 829 320 00074', '732829320')).toBeNull();
    expect(checkSiret('7328293200007', '')).toBe('siret-digits');
    expect(checkSiret('73282932000075', '')).toBe('checksum');
    expect(checkSiret('73282932000074', '552100554')).toBe('siret-siren-mismatch');
    expect(checkSiret('35600000049837', '')).toBeNull();
  });

  it('an IBAN is checked by mod 97 and printed by groups of four', () => {
    expect(checkIban('FR76 3000 6000 0112 3456 7890 189')).toBeNull();
    expect(checkIban('fr7630006000011234567890189')).toBeNull();
    expect(checkIban('GB82 WEST 1234 5698 7654 32')).toBeNull();
    expect(checkIban('FR76 3000 6000 0112 3456 7890 188')).toBe('iban-checksum');
    expect(checkIban('FR76 3000 6000 0112 3456 7890 18')).toBe('iban-format');
    expect(checkIban('not an iban')).toBe('iban-format');
    expect(formatIban('fr7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });

  it('BIC, e-mail and phone', () => {
    expect(checkBic('BNPAFRPP')).toBeNull();
    expect(checkBic('bnpafrppxxx')).toBeNull();
    expect(checkBic('BNPA')).toBe('bic-format');
    expect(checkEmail('marie@exemple.fr')).toBeNull();
    expect(checkEmail('marie@')).toBe('email-format');
    expect(checkPhone('+33 6 12 34 56 78')).toBeNull();
    expect(checkPhone('appelez-moi')).toBe('phone-format');
  });
});
