import { describe, expect, it } from 'vitest';
import { debtorOf, guessCountry, guessLegalType, postalCodeOf, recoveryRoutes } from '../../../core/law';
import { ClientSchema } from '../../../core/model';

const type = (name: string, more: Partial<Parameters<typeof guessLegalType>[0]> = {}) =>
  guessLegalType({ name, ...more })?.legalType ?? null;

describe('guessLegalType', () => {
  it('reads legal-form words in the name', () => {
    expect(type('Xylo SAS')).toBe('commercial');
    expect(type('Dupont S.A.R.L.')).toBe('commercial');
    expect(type('ACME SA')).toBe('commercial');
    expect(type('Bureau EURL')).toBe('commercial');
    expect(type('Brasserie Dumont SPRL')).toBe('commercial');
    expect(type('Widgets Ltd')).toBe('commercial');
    expect(type('SCI Les Tilleuls')).toBe('non-trader');
    expect(type('Association Les Amis du Vélo')).toBe('non-trader');
    expect(type('Cabinet d’architectes Martin')).toBe('non-trader');
    expect(type('Université de Bordeaux')).toBe('public');
    expect(type('Mairie de Tulle')).toBe('public');
    expect(type('Commune de Brest')).toBe('public');
    expect(type('Martin Plomberie, artisan')).toBe('artisan');
  });

  it('does not read a French word as a legal form', () => {
    expect(type('Marie sa boutique')).toBeNull();
    expect(type('Jean Dupont')).toBeNull();
  });

  it('a SIREN starting with 1 or 2 is a public body; NAF codes and the e-mail signature help', () => {
    expect(guessLegalType({ name: 'Service facturier', siren: '130018351' })).toEqual({
      legalType: 'public',
      clue: 'SIREN 130018351',
    });
    expect(type('Martin & associés', { naf: '71.11Z' })).toBe('non-trader');
    expect(type('Studio Nord', { text: 'Studio Nord — SAS au capital de 10 000 € — RCS Lille' })).toBe(
      'commercial',
    );
    expect(type('Jean Dupont', { kind: 'particulier' })).toBe('consumer');
  });
});

describe('guessCountry and postalCodeOf', () => {
  it('reads the country on the last lines, and the French postal code', () => {
    expect(guessCountry('Rue Neuve 12\n1000 Bruxelles\nBelgique')).toBe('BE');
    expect(guessCountry('10 Downing St\nLondon SW1A 2AA\nUnited Kingdom')).toBe('GB');
    expect(guessCountry('12 rue de Rivoli\n75004 Paris')).toBeNull();
    expect(postalCodeOf('12 rue de Rivoli\n75004 Paris')).toBe('75004');
  });
});

describe('debtorOf', () => {
  const client = (over: Record<string, unknown>) =>
    ClientSchema.parse({ id: 'c1', name: 'Client', kind: 'pro', ...over });

  it('the user’s legal type wins and is not a guess; otherwise the guess is marked', () => {
    const set = debtorOf(client({ name: 'Xylo SAS', legalType: 'non-trader' }));
    expect(set.guess).toBeNull();
    expect(set.debtor.legalType).toBe('non-trader');
    const guessed = debtorOf(client({ name: 'Xylo SAS', address: '3 rue X\n75009 Paris' }));
    expect(guessed.guess?.clue).toBe('SAS');
    expect(guessed.debtor).toEqual({
      kind: 'pro',
      legalType: 'commercial',
      country: 'FR',
      postalCode: '75009',
      town: 'Paris',
    });
  });

  it('a university is a public debtor: no injonction de payer', () => {
    const { debtor } = debtorOf(
      client({ name: 'Université de Lyon', address: '92 rue Pasteur\n69007 Lyon' }),
    );
    expect(debtor.kind).toBe('public');
    const routes = recoveryRoutes({ debtor, amountCents: 100_000, disputed: false, asOf: '2026-12-01' });
    expect(routes.map((r) => r.id)).toEqual(['juge-administratif']);
  });

  it('a client saved before issue #15 (no legal type, no country) still works', () => {
    const old = client({ name: 'Brasserie Dumont SPRL', address: 'Rue Neuve 12\n1000 Bruxelles\nBelgique' });
    delete (old as { legalType?: unknown }).legalType;
    delete (old as { country?: unknown }).country;
    const profile = debtorOf(old);
    expect(profile.debtor.country).toBe('BE');
    expect(profile.countryGuessed).toBe(true);
  });
});
