/** Issue #14: the quote, contract and terms of sale offered as enclosures of the letters. */
import { describe, expect, it } from 'vitest';
import { enclosureLines } from '../../../core/documents/input';

describe('enclosureLines', () => {
  it('one enclosure a line, blank lines dropped, spaces tidied', () => {
    expect(
      enclosureLines('Copie du devis signé du 12/01/2026\n\n  Conditions   générales de vente \r\n'),
    ).toEqual(['Copie du devis signé du 12/01/2026', 'Conditions générales de vente']);
    expect(enclosureLines('   \n')).toEqual([]);
  });

  it('caps the length of a line and the number of lines', () => {
    expect(enclosureLines('x'.repeat(500))[0]).toHaveLength(200);
    expect(enclosureLines(Array.from({ length: 30 }, (_, i) => `pièce ${i}`).join('\n'))).toHaveLength(12);
  });
});
