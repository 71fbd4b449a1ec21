/**
 * The right road after the formal notice (sources by route in routes-text.ts): which procedures
 * fit this debtor and this claim, best first, each with its court, conditions, cost, delay and
 * legal basis. Pure; a contract other tools rely on, so its shape never changes.
 *
 * Language: the texts are French by default; `recoveryRoutes(input, { lang: 'en' })` gives
 * them in English (legal references stay French). Ids, court kinds and `basis` never change
 * with the language, so code and tests compare those, and the UI shows the texts.
 *
 * The creditor (the user) counts too (C. com. L721-3 1°): `creditorStatus` (optional,
 * added after the first contract; absent means a freelancer who is neither trader nor
 * craftsman). A trader debtor goes to the commercial court; a non-trader creditor may also
 * choose the tribunal judiciaire (mixed act). An artisan debtor goes to the commercial court
 * when the creditor is a trader or an artisan, else to the tribunal judiciaire.
 * `amountCents` is the total claimed, interest included, since the 5 000 € ceilings count it.
 */
import { z } from 'zod';
import {
  type CreditorStatus,
  CreditorStatusSchema,
  type Language,
  type LegalType,
  LegalTypeSchema,
} from '../model';
import {
  EU_COUNTRIES,
  EUROPEAN_PROCEDURES_EXCLUDED,
  ofTown,
  SMALL_CLAIMS_LIMIT_CENTS,
  taeFor,
} from './routes-courts';
import { type RouteFacts, routeTexts } from './routes-text';

export const LEGAL_TYPES = LegalTypeSchema.options;

export const ROUTE_IDS = [
  'injonction-de-payer',
  'petites-creances',
  'injonction-europeenne',
  'petits-litiges-europeens',
  'refere-provision',
  'juge-administratif',
  'mediation',
  'conciliation',
  'assignation',
  'hors-ue',
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

export const RouteInputSchema = z.object({
  debtor: z.object({
    kind: z.enum(['pro', 'particulier', 'public']),
    legalType: LegalTypeSchema.optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'pays : code ISO 3166 à deux lettres (FR, BE…)')
      .transform((c) => c.toUpperCase()),
    postalCode: z.string().max(20).optional(),
    /** The commune of the seat or domicile (optional, added later): decides a partial TAE. */
    town: z.string().max(200).optional(),
  }),
  amountCents: z.number().int().nonnegative(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'devise ISO 4217 attendue')
    .optional(),
  disputed: z.boolean(),
  /** The user as a creditor (settings); absent: neither trader nor artisan. */
  creditorStatus: CreditorStatusSchema.optional(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ'),
});
export type RouteInput = z.input<typeof RouteInputSchema>;

export type CourtKind = 'tc' | 'tae' | 'tj' | 'administrative' | 'foreign';

export interface RecoveryRoute {
  id: RouteId;
  court?: { kind: CourtKind; name?: string };
  conditions: string[];
  cost: string;
  delay: string;
  basis: string[];
}

const BASIS: Record<RouteId, string[]> = {
  'injonction-de-payer': ['C. proc. civ. art. 1405 à 1425', 'C. proc. civ. art. 57 et 1407'],
  'petites-creances': ['CPCE art. L125-1', 'CPCE art. R125-1 et s.'],
  'injonction-europeenne': ['Règlement (CE) n° 1896/2006', 'Règlement (UE) n° 1215/2012 art. 4 et 7'],
  'petits-litiges-europeens': ['Règlement (CE) n° 861/2007'],
  'refere-provision': ['C. proc. civ. art. 835 al. 2'],
  'juge-administratif': ['CJA art. R541-1', 'C. commande publique art. L2192-10 et s., R2192-31 et s.'],
  mediation: [],
  conciliation: ['Ancien C. proc. civ. art. 750-1 (décret n° 2025-660)'],
  assignation: ['C. proc. civ. art. 750-1 ancien', 'C. proc. civ. art. 1405 (créance non contestée)'],
  'hors-ue': ['C. civ. art. 14', 'Règlement (UE) n° 1215/2012 (hors UE : non applicable)'],
};

/** The injonction's court for a French debtor (C. proc. civ. art. 1406), with what the texts need to say about it. */
function domesticCourt(
  legalType: LegalType | undefined,
  place: { postalCode?: string | undefined; town?: string | undefined },
  creditor: CreditorStatus,
): { court: RecoveryRoute['court'] & {}; partialTae: string | null; basis: string[] } {
  if (consular(legalType, creditor)) {
    const tae = taeFor(place.postalCode, place.town);
    const taeBasis = ['Loi n° 2023-1059 art. 26', 'Décret n° 2024-674', 'Arrêté du 5 juillet 2024 art. 2'];
    if (tae?.kind === 'covered') {
      return {
        court: { kind: 'tae', name: `Tribunal des activités économiques ${ofTown(tae.town)}` },
        partialTae: null,
        basis: ['C. com. art. L721-3', ...taeBasis],
      };
    }
    return {
      court: { kind: 'tc', name: 'Tribunal de commerce du siège du débiteur' },
      partialTae: tae ? ofTown(tae.town) : null,
      basis: ['C. com. art. L721-3', ...(tae ? taeBasis : [])],
    };
  }
  return {
    court: { kind: 'tj', name: 'Tribunal judiciaire du domicile du débiteur' },
    partialTae: null,
    basis: ['C. proc. civ. art. 1406', 'C. com. art. L721-3 (compétence limitée du tribunal de commerce)'],
  };
}

/** The commercial court (or TAE) hears it: a trader debtor, or an artisan sued by a trader or artisan. */
function consular(legalType: LegalType | undefined, creditor: CreditorStatus): boolean {
  if (legalType === 'commercial' || legalType === undefined) return true;
  return legalType === 'artisan' && creditor !== 'non-trader';
}

function effectiveType(debtor: z.output<typeof RouteInputSchema>['debtor']): LegalType | undefined {
  if (debtor.kind === 'public') return 'public';
  if (debtor.legalType) return debtor.legalType;
  return debtor.kind === 'particulier' ? 'consumer' : undefined;
}

export function recoveryRoutes(raw: RouteInput, options: { lang?: Language } = {}): RecoveryRoute[] {
  const input = RouteInputSchema.parse(raw);
  const lang = options.lang ?? 'fr';
  const { debtor, disputed } = input;
  const type = effectiveType(debtor);
  const currency = input.currency ?? 'EUR';
  const foreignCurrency = currency !== 'EUR';
  const small = foreignCurrency || input.amountCents <= SMALL_CLAIMS_LIMIT_CENTS;
  const country = debtor.country === 'EL' ? 'GR' : debtor.country;
  const creditor = input.creditorStatus ?? 'non-trader';
  const domestic = domesticCourt(type, debtor, creditor);
  const facts: RouteFacts = {
    courtName: domestic.court.name ?? '',
    courtKind: domestic.court.kind as RouteFacts['courtKind'],
    partialTae: domestic.partialTae,
    legalTypeUnknown: type === undefined,
    artisan: type === 'artisan',
    creditor,
    consumer: type === 'consumer',
    foreignCurrency,
    denmark: EUROPEAN_PROCEDURES_EXCLUDED.has(country),
    crossBorder: country !== 'FR',
  };
  const route = (id: RouteId, court?: RecoveryRoute['court'], basis: string[] = []): RecoveryRoute => ({
    id,
    ...(court ? { court } : {}),
    ...routeTexts(id, facts, lang),
    basis: [...BASIS[id], ...basis],
  });
  const mediationBasis = type === 'consumer' ? ['C. consom. art. L612-1', 'C. consom. art. L616-1'] : [];

  if (country !== 'FR') {
    if (!EU_COUNTRIES.has(country) || facts.denmark) {
      return [
        route('hors-ue', {
          kind: 'foreign',
          name: lang === 'en' ? 'Courts of the debtor’s State' : 'Juridictions de l’État du débiteur',
        }),
      ];
    }
    const eu: RecoveryRoute[] = [];
    if (disputed && small) eu.push(route('petits-litiges-europeens'));
    if (!disputed) eu.push(route('injonction-europeenne'));
    if (!disputed && small) eu.push(route('petits-litiges-europeens'));
    // A disputed claim above the small-claims ceiling: proceedings on the merits.
    if (disputed && !small) eu.push(route('assignation', { kind: 'foreign' }));
    return eu;
  }

  if (type === 'public') {
    return [route('juge-administratif', { kind: 'administrative', name: 'Tribunal administratif' })];
  }

  const tj = { kind: 'tj' as const, name: 'Tribunal judiciaire du domicile du débiteur' };
  const merits = consular(type, creditor) && type !== undefined ? domestic.court : tj;
  if (disputed) {
    return [
      route('mediation', undefined, mediationBasis),
      route('conciliation'),
      route('refere-provision', merits),
      route('assignation', merits),
    ];
  }
  const routes = [route('injonction-de-payer', domestic.court, domestic.basis)];
  if (small) routes.push(route('petites-creances'));
  routes.push(route('refere-provision', merits));
  if (type === 'consumer') routes.push(route('mediation', undefined, mediationBasis));
  return routes;
}
