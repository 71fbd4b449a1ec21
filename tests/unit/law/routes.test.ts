import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEGAL_TYPES, ROUTE_IDS, type RouteInput, recoveryRoutes } from '../../../core/law';

const base = { asOf: '2026-12-01', disputed: false, currency: 'EUR' } as const;
const ids = (input: RouteInput) => recoveryRoutes(input).map((r) => r.id);

describe('recoveryRoutes: the eight cases of issue #15', () => {
  it('an SAS in Paris 75009 for 3 000 €: the TAE de Paris first, small claims offered', () => {
    const routes = recoveryRoutes({
      ...base,
      debtor: { kind: 'pro', legalType: 'commercial', country: 'FR', postalCode: '75009' },
      amountCents: 300_000,
    });
    expect(routes[0]?.id).toBe('injonction-de-payer');
    expect(routes[0]?.court).toEqual({ kind: 'tae', name: 'Tribunal des activités économiques de Paris' });
    expect(routes[0]?.basis).toContain('Loi n° 2023-1059 art. 26');
    expect(routes.map((r) => r.id)).toContain('petites-creances');
  });

  it('an SCI in Bordeaux for 8 000 €: the tribunal judiciaire, no small claims', () => {
    const routes = recoveryRoutes({
      ...base,
      debtor: { kind: 'pro', legalType: 'non-trader', country: 'FR', postalCode: '33000' },
      amountCents: 800_000,
    });
    expect(routes[0]?.id).toBe('injonction-de-payer');
    expect(routes[0]?.court?.kind).toBe('tj');
    expect(routes[0]?.court?.name).toMatch(/^Tribunal judiciaire/);
    expect(routes.map((r) => r.id)).not.toContain('petites-creances');
    expect(routes[0]?.cost).toMatch(/gratuite/);
  });

  it('an architect in Lyon: the tribunal judiciaire, not the TAE of Lyon', () => {
    const routes = recoveryRoutes({
      ...base,
      debtor: { kind: 'pro', legalType: 'non-trader', country: 'FR', postalCode: '69002' },
      amountCents: 250_000,
    });
    expect(routes[0]?.court?.kind).toBe('tj');
    expect(JSON.stringify(routes)).not.toMatch(/activités économiques/);
  });

  it('a trader in Lyon itself (69002): the TAE de Lyon, the seat commune being in its area', () => {
    const [first] = recoveryRoutes({
      ...base,
      debtor: { kind: 'pro', legalType: 'commercial', country: 'FR', postalCode: '69002' },
      amountCents: 250_000,
    });
    expect(first?.court).toEqual({ kind: 'tae', name: 'Tribunal des activités économiques de Lyon' });
    expect(first?.conditions.join(' ')).toMatch(/Kbis/);
  });

  it('a trader elsewhere in the Rhône (Villeurbanne 69100): the commercial court, with the TAE advice', () => {
    const [first] = recoveryRoutes({
      ...base,
      debtor: { kind: 'pro', legalType: 'commercial', country: 'FR', postalCode: '69100' },
      amountCents: 250_000,
    });
    expect(first?.court?.kind).toBe('tc');
    expect(first?.conditions.join(' ')).toMatch(/Kbis/);
    expect(first?.conditions.join(' ')).toMatch(/activités économiques de Lyon ne couvre qu’une partie/);
  });

  it.each([
    ['13008', 'de Marseille'],
    ['76600', 'du Havre'],
    ['89000', 'd’Auxerre'],
    ['54000', 'de Nancy'],
    ['22000', 'de Saint-Brieuc'],
  ])('a trader in the seat commune %s: the TAE %s', (postalCode, of) => {
    const [first] = recoveryRoutes({
      ...base,
      debtor: { kind: 'pro', legalType: 'commercial', country: 'FR', postalCode },
      amountCents: 250_000,
    });
    expect(first?.court).toEqual({ kind: 'tae', name: `Tribunal des activités économiques ${of}` });
  });

  it.each([
    ['13100', 'de Marseille'],
    ['76000', 'du Havre'],
    ['89100', 'd’Auxerre'],
    ['54150', 'de Nancy'],
    ['22200', 'de Saint-Brieuc'],
  ])(
    'a trader elsewhere in the département (%s): the commercial court and the TAE %s to check',
    (postalCode, of) => {
      const [first] = recoveryRoutes({
        ...base,
        debtor: { kind: 'pro', legalType: 'commercial', country: 'FR', postalCode },
        amountCents: 250_000,
      });
      expect(first?.court?.kind).toBe('tc');
      expect(first?.conditions.join(' ')).toContain(`activités économiques ${of} ne couvre qu’une partie`);
    },
  );

  it('a consumer for 1 200 €: small claims and the tribunal judiciaire', () => {
    const routes = recoveryRoutes({
      ...base,
      debtor: { kind: 'particulier', country: 'FR', postalCode: '44000' },
      amountCents: 120_000,
    });
    expect(routes.map((r) => r.id)).toEqual([
      'injonction-de-payer',
      'petites-creances',
      'refere-provision',
      'mediation',
    ]);
    expect(routes[0]?.court?.kind).toBe('tj');
    expect(routes.find((r) => r.id === 'mediation')?.basis).toContain('C. consom. art. L612-1');
    expect(routes.find((r) => r.id === 'petites-creances')?.conditions.join(' ')).toMatch(/accepter/);
  });

  it('a Belgian SPRL for 4 000 €: the European order and European small claims', () => {
    expect(
      ids({ ...base, debtor: { kind: 'pro', legalType: 'commercial', country: 'BE' }, amountCents: 400_000 }),
    ).toEqual(['injonction-europeenne', 'petits-litiges-europeens']);
  });

  it('a UK Ltd: hors-ue, saying what a French order is worth there', () => {
    const routes = recoveryRoutes({
      ...base,
      debtor: { kind: 'pro', legalType: 'commercial', country: 'GB' },
      amountCents: 400_000,
    });
    expect(routes.map((r) => r.id)).toEqual(['hors-ue']);
    expect(routes[0]?.court?.kind).toBe('foreign');
    expect(routes[0]?.conditions.join(' ')).toMatch(/Royaume-Uni/);
    expect(JSON.stringify(routes)).not.toMatch(/tribunal de commerce/i);
  });

  it('a university: juge-administratif, no injonction', () => {
    const routes = recoveryRoutes({
      ...base,
      debtor: { kind: 'public', legalType: 'public', country: 'FR', postalCode: '33400' },
      amountCents: 900_000,
    });
    expect(routes.map((r) => r.id)).toEqual(['juge-administratif']);
    expect(routes[0]?.court?.kind).toBe('administrative');
    expect(routes[0]?.basis).toContain('CJA art. R541-1');
  });

  it('a disputed 2 000 € claim against an SARL: mediation and conciliation first, no injonction', () => {
    const routes = ids({
      ...base,
      disputed: true,
      debtor: { kind: 'pro', legalType: 'commercial', country: 'FR', postalCode: '31000' },
      amountCents: 200_000,
    });
    expect(routes.slice(0, 2)).toEqual(['mediation', 'conciliation']);
    expect(routes).toContain('assignation');
    expect(routes).toContain('refere-provision');
    expect(routes).not.toContain('injonction-de-payer');
  });
});

describe('recoveryRoutes: other rules', () => {
  it('an artisan goes to the tribunal judiciaire (creditor neither trader nor craftsman)', () => {
    const [first] = recoveryRoutes({
      ...base,
      debtor: { kind: 'pro', legalType: 'artisan', country: 'FR', postalCode: '75011' },
      amountCents: 100_000,
    });
    expect(first?.court?.kind).toBe('tj');
  });

  it('a professional of unknown legal form in Nanterre: the TAE, with the advice to check the form', () => {
    const [first] = recoveryRoutes({
      ...base,
      debtor: { kind: 'pro', country: 'FR', postalCode: '92000' },
      amountCents: 100_000,
    });
    expect(first?.court).toEqual({ kind: 'tae', name: 'Tribunal des activités économiques de Nanterre' });
    expect(first?.conditions.join(' ')).toMatch(/Forme juridique du débiteur non renseignée/);
  });

  it('the 5 000 € ceiling counts interest: 5 000,01 € gets no small claims', () => {
    const debtor = { kind: 'particulier', country: 'FR' } as const;
    expect(ids({ ...base, debtor, amountCents: 500_000 })).toContain('petites-creances');
    expect(ids({ ...base, debtor, amountCents: 500_001 })).not.toContain('petites-creances');
  });

  it('English texts on request, the same ids, courts and bases', () => {
    const input: RouteInput = {
      ...base,
      debtor: { kind: 'pro', legalType: 'commercial', country: 'FR', postalCode: '75009' },
      amountCents: 300_000,
    };
    const fr = recoveryRoutes(input);
    const en = recoveryRoutes(input, { lang: 'en' });
    expect(en.map((r) => [r.id, r.court, r.basis])).toEqual(fr.map((r) => [r.id, r.court, r.basis]));
    expect(en[0]?.delay).toMatch(/serve it within 6 months/);
    expect(fr[0]?.delay).toMatch(/signifier dans les 6 mois/);
  });

  it('Denmark has no European order for payment', () => {
    expect(ids({ ...base, debtor: { kind: 'pro', country: 'dk' }, amountCents: 100_000 })).toEqual([
      'hors-ue',
    ]);
  });

  it('bad input is refused with the field named', () => {
    expect(() =>
      recoveryRoutes({ ...base, debtor: { kind: 'pro', country: 'France' }, amountCents: 1 }),
    ).toThrow(/ISO 3166/);
    expect(() =>
      recoveryRoutes({ ...base, debtor: { kind: 'pro', country: 'FR' }, amountCents: -1 }),
    ).toThrow();
  });
});

describe('recoveryRoutes: properties', () => {
  const inputs = fc.record({
    debtor: fc.record(
      {
        kind: fc.constantFrom('pro', 'particulier', 'public'),
        legalType: fc.constantFrom(...LEGAL_TYPES),
        country: fc.constantFrom('FR', 'BE', 'DE', 'GB', 'US', 'DK', 'CH'),
        postalCode: fc.constantFrom('75009', '69002', '92100', '33000', '13001', '2A000', ''),
      },
      { requiredKeys: ['kind', 'country'] },
    ),
    amountCents: fc.integer({ min: 0, max: 5_000_000 }),
    currency: fc.constantFrom('EUR', 'GBP', undefined),
    disputed: fc.boolean(),
    asOf: fc.constant('2026-12-01'),
  }) as fc.Arbitrary<RouteInput>;

  it('a disputed claim never gets injonction-de-payer first', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const routes = recoveryRoutes({ ...input, disputed: true });
        expect(routes[0]?.id).not.toBe('injonction-de-payer');
      }),
    );
  });

  it('a public body never gets injonction-de-payer', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const publicKind = recoveryRoutes({ ...input, debtor: { ...input.debtor, kind: 'public' } });
        const publicType = recoveryRoutes({
          ...input,
          debtor: { ...input.debtor, legalType: 'public' },
        });
        for (const routes of [publicKind, publicType])
          expect(routes.map((r) => r.id)).not.toContain('injonction-de-payer');
      }),
    );
  });

  it('always at least one route, known ids, no duplicates, texts filled in both languages', () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom('fr', 'en' as const), (input, lang) => {
        const routes = recoveryRoutes(input, { lang });
        expect(routes.length).toBeGreaterThan(0);
        expect(new Set(routes.map((r) => r.id)).size).toBe(routes.length);
        for (const r of routes) {
          expect(ROUTE_IDS).toContain(r.id);
          expect(r.cost.length).toBeGreaterThan(3);
          expect(r.delay.length).toBeGreaterThan(3);
          expect(r.conditions.length).toBeGreaterThan(0);
          expect(JSON.stringify(r)).not.toMatch(/undefined|NaN|\{\w+\}/);
        }
      }),
    );
  });
});
