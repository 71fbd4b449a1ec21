/**
 * The recovery routes of one case, as the popup and the invoice page show them at the court
 * step: the debtor read from the client (its legal type, or our guess), the total
 * claimed with interest (the 5 000 € ceilings count it), and the document each route prepares.
 */
import { summarizeTimeline } from '../dunning';
import { type DebtorProfile, debtorOf, type RecoveryRoute, type RouteId, recoveryRoutes } from '../law';
import type { Language } from '../model';
import { invoiceClaims, sumOf } from './claims';
import { checkInput, type DocumentInput } from './input';

export type RouteDocument =
  | 'kit'
  | 'small-claims'
  | 'european-order'
  | 'mediation'
  | 'conciliation'
  | 'public-accountant'
  | 'european-small-claims'
  | 'refere-provision'
  | 'assignation';

/** What each route lets the user prepare; null: nothing we can write for them (outside the EU). */
export const ROUTE_DOCUMENT: Record<RouteId, RouteDocument | null> = {
  'injonction-de-payer': 'kit',
  'petites-creances': 'small-claims',
  'injonction-europeenne': 'european-order',
  'petits-litiges-europeens': 'european-small-claims',
  'refere-provision': 'refere-provision',
  'juge-administratif': 'public-accountant',
  mediation: 'mediation',
  conciliation: 'conciliation',
  assignation: 'assignation',
  'hors-ue': null,
};

export interface CaseRoute extends RecoveryRoute {
  document: RouteDocument | null;
}

export interface CaseRoutes {
  profile: DebtorProfile;
  totalCents: number;
  disputed: boolean;
  routes: CaseRoute[];
}

export function caseRoutes(input: DocumentInput, lang: Language = 'fr'): CaseRoutes {
  const currency = checkInput(input);
  const claims = invoiceClaims(input, input.asOf);
  const totalCents = sumOf(claims, 'totalCents');
  const timeline = summarizeTimeline(input.events.filter((e) => e.date <= input.asOf));
  const disputed = timeline.everDisputed;
  const profile = debtorOf(input.client);
  const routes = recoveryRoutes(
    {
      debtor: profile.debtor,
      amountCents: totalCents,
      currency,
      disputed,
      creditorStatus: input.settings.creditorStatus,
      asOf: input.asOf,
    },
    { lang },
  ).map((r) => ({ ...r, document: ROUTE_DOCUMENT[r.id] }));
  return { profile, totalCents, disputed, routes };
}
