/** recoveryRoutes: the TAE by commune (issue #15) and the creditor's status from the settings. */
import { describe, expect, it } from 'vitest';
import { recoveryRoutes } from '../../../core/law';

const base = { asOf: '2026-12-01', disputed: false, currency: 'EUR' } as const;

describe('recoveryRoutes: the six TAE that cover part of a département, commune by commune', () => {
  const tae = (postalCode: string, town?: string) =>
    recoveryRoutes({
      ...base,
      debtor: { kind: 'pro', legalType: 'commercial', country: 'FR', postalCode, ...(town ? { town } : {}) },
      amountCents: 250_000,
    })[0]?.court;

  it.each([
    ['69100', 'Villeurbanne', 'de Lyon'],
    ['69800', 'SAINT-PRIEST', 'de Lyon'],
    ['69130', 'Écully', 'de Lyon'],
    ['13400', 'Aubagne', 'de Marseille'],
    ['13600', 'La Ciotat', 'de Marseille'],
    ['76400', 'Fécamp', 'du Havre'],
    ['76290', 'Montivilliers', 'du Havre'],
    ['89200', 'Avallon', 'd’Auxerre'],
    ['54500', 'Vandoeuvre-lès-Nancy', 'de Nancy'],
    ['54200', 'Toul', 'de Nancy'],
    ['22300', 'Lannion', 'de Saint-Brieuc'],
    ['22190', 'Plérin', 'de Saint-Brieuc'],
    ['69003', 'Lyon 3e', 'de Lyon'],
    ['13008', 'Marseille Cedex 08', 'de Marseille'],
  ])('%s %s: the TAE %s (a chef-lieu of one of its TJ’s cantons)', (postalCode, town, of) => {
    expect(tae(postalCode, town)).toEqual({ kind: 'tae', name: `Tribunal des activités économiques ${of}` });
  });

  it.each([
    ['69400', 'Villefranche-sur-Saône'],
    ['13100', 'Aix-en-Provence'],
    ['13200', 'Arles'],
    ['76000', 'Rouen'],
    ['76200', 'Dieppe'],
    ['89100', 'Sens'],
    ['54150', 'Briey'],
    ['22100', 'Dinan'],
  ])('%s %s: another TJ’s area, so the commercial court with the advice', (postalCode, town) => {
    expect(tae(postalCode, town)?.kind).toBe('tc');
  });

  it('a namesake in another département is not taken for a chef-lieu (Valmont 57 ≠ Valmont 76)', () => {
    expect(tae('57730', 'Valmont')?.kind).toBe('tc');
    expect(tae('76540', 'Valmont')?.name).toBe('Tribunal des activités économiques du Havre');
  });

  it('the client record gives the commune: debtorOf reads it after the postal code', async () => {
    const { debtorOf } = await import('../../../core/law');
    const { debtor } = debtorOf({
      name: 'Atelier Nord SAS',
      kind: 'pro',
      siren: null,
      notes: '',
      legalType: 'commercial',
      country: null,
      address: '3 cours Émile Zola\n69100 Villeurbanne',
    });
    expect(debtor).toMatchObject({ postalCode: '69100', town: 'Villeurbanne' });
    expect(recoveryRoutes({ ...base, debtor, amountCents: 100_000 })[0]?.court?.kind).toBe('tae');
  });
});

describe('recoveryRoutes: the creditor counts (settings, C. com. L721-3)', () => {
  const artisan = { kind: 'pro', legalType: 'artisan', country: 'FR', postalCode: '33000' } as const;
  const trader = { kind: 'pro', legalType: 'commercial', country: 'FR', postalCode: '33000' } as const;

  it('an artisan debtor: the tribunal judiciaire for a creditor neither trader nor artisan', () => {
    for (const creditorStatus of [undefined, 'non-trader'] as const) {
      const [first] = recoveryRoutes({ ...base, debtor: artisan, amountCents: 100_000, creditorStatus });
      expect(first?.court?.kind).toBe('tj');
      expect(first?.conditions.join(' ')).toMatch(/ni commerçant ni artisan/);
    }
  });

  it('an artisan debtor: the commercial court for a trader or artisan creditor, and for the summons too', () => {
    for (const creditorStatus of ['trader', 'artisan'] as const) {
      const routes = recoveryRoutes({ ...base, debtor: artisan, amountCents: 100_000, creditorStatus });
      expect(routes[0]?.court?.kind).toBe('tc');
      expect(routes[0]?.conditions.join(' ')).toMatch(/L721-3 1°/);
      const disputed = recoveryRoutes({
        ...base,
        debtor: artisan,
        amountCents: 100_000,
        creditorStatus,
        disputed: true,
      });
      expect(disputed.find((r) => r.id === 'assignation')?.court?.kind).toBe('tc');
    }
  });

  it('a trader debtor: a non-trader creditor is told of the mixed act, a trader creditor is not', () => {
    const mixed = recoveryRoutes({ ...base, debtor: trader, amountCents: 100_000 })[0];
    expect(mixed?.conditions.join(' ')).toMatch(/acte est mixte/);
    const between = recoveryRoutes({
      ...base,
      debtor: trader,
      amountCents: 100_000,
      creditorStatus: 'trader',
    })[0];
    expect(between?.court?.kind).toBe('tc');
    expect(between?.conditions.join(' ')).not.toMatch(/mixte/);
    const en = recoveryRoutes({ ...base, debtor: trader, amountCents: 100_000 }, { lang: 'en' })[0];
    expect(en?.conditions.join(' ')).toMatch(/act is mixed/);
  });

  it('a non-trader debtor stays at the tribunal judiciaire whatever the creditor is', () => {
    const debtor = { kind: 'pro', legalType: 'non-trader', country: 'FR', postalCode: '75009' } as const;
    for (const creditorStatus of ['non-trader', 'trader', 'artisan'] as const) {
      expect(recoveryRoutes({ ...base, debtor, amountCents: 100_000, creditorStatus })[0]?.court?.kind).toBe(
        'tj',
      );
    }
  });
});
