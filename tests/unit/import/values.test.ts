import { describe, expect, it } from 'vitest';
import { readStatus } from '../../../core/import/status';
import { guessClientKind, readDate, readKind } from '../../../core/import/values';
import { parseAmount } from '../../../core/money';

describe('import values', () => {
  it.each([
    ['1 200,00 €', 120000],
    ['1\u202f200,00\u00a0€', 120000],
    ['1\u00a0200,5', 120050],
    ['€1,200.00', 120000],
    ['1200.5', 120050],
    ['0,00 €', 0],
  ])('amount %s', (cell, cents) => {
    expect(parseAmount(cell)).toBe(cents);
  });

  it.each([
    ['2026-03-05', '2026-03-05'],
    ['05/03/2026', '2026-03-05'],
    ['5/3/2026', '2026-03-05'],
    ['05/03/26', '2026-03-05'],
    ['05.03.2026', '2026-03-05'],
    ['5 mars 2026', '2026-03-05'],
    ['1er avril 2026', '2026-04-01'],
    ['12 févr. 2026', '2026-02-12'],
    ['5 March 2026', '2026-03-05'],
    ['2026-03-05 00:00:00', '2026-03-05'],
    ['05/03/2026 14:30', '2026-03-05'],
    ['2026-03-05T00:00:00.000Z', '2026-03-05'],
  ])('date %s', (cell, iso) => {
    expect(readDate(cell)).toBe(iso);
  });

  it.each(['31/02/2026', '5 brumaire 2026', 'demain', '2026-13-01'])('refuses %s', (cell) => {
    expect(readDate(cell)).toBeNull();
  });

  it.each([
    ['Payée', 'paid'],
    ['payee', 'paid'],
    ['Partiellement payée', 'partial'],
    ['Partiellement réglée', 'partial'],
    ['En retard', 'late'],
    ['Envoyée', 'sent'],
    ['À payer', 'sent'],
    ['Annulée', 'cancelled'],
    ['Avoir', 'cancelled'],
    ['Paid', 'paid'],
    ['Partially paid', 'partial'],
    ['Overdue', 'late'],
    ['Sent', 'sent'],
    ['Cancelled', 'cancelled'],
    ['Void', 'cancelled'],
    ['Brouillon', 'draft'],
    ['Payée le 12/03/2026', 'paid'],
    ['', null],
    ['Inconnu', null],
  ])('status %s', (cell, status) => {
    expect(readStatus(cell)).toBe(status);
  });

  it('guesses a client kind from a SIREN or a legal form, else leaves it to the user', () => {
    expect(guessClientKind('Dupont', '123456789')).toBe('pro');
    for (const name of [
      'Atelier Nord SAS',
      'SARL Les Tilleuls',
      'Bati EURL',
      'SCI du Port',
      'Acme S.A.',
      'Association Lire',
    ])
      expect(guessClientKind(name, null)).toBe('pro');
    expect(guessClientKind('Mairie de Lyon', null)).toBe('public');
    expect(guessClientKind('Marie Dupont', null)).toBeNull();
    expect(guessClientKind('Sasha Martin', null)).toBeNull();
  });

  it('reads the contract’s kinds only (« entreprise » stays an error, as before)', () => {
    expect(readKind('pro')).toBe('pro');
    expect(readKind('Particulier')).toBe('particulier');
    expect(readKind('entreprise')).toBe('bad');
    expect(readKind('')).toBeNull();
    expect(readKind('grossiste')).toBe('bad');
  });
});
