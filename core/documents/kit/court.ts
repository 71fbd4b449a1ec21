/**
 * Which court hears the injonction de payer (C. proc. civ. art. 1406; C. com. L721-3):
 * read from recoveryRoutes, so the kit, the formal notice and the popup name the same court —
 * the tribunal des activités économiques where one covers the trader's département, the
 * tribunal de commerce for another trader, the tribunal judiciaire for a non-trader, a
 * consumer, or an artisan unless the user is a trader or artisan (settings.creditorStatus). Territorially, the court
 * of the debtor's domicile or seat (public policy: a contrary clause is void).
 */
import { debtorOf, recoveryRoutes } from '../../law';
import type { Client, CreditorStatus } from '../../model';
import { addressLines } from '../format';

export interface CompetentCourt {
  kind: 'commerce' | 'tae' | 'judiciaire';
  name: string;
  /** « 92400 Courbevoie », read from the client's address; null when it has no postal code. */
  place: string | null;
  form: string;
  filing: string;
  fees: string;
  /** What to check before filing (the seat on the Kbis, a TAE covering part of the département). */
  advice: string[];
}

/** The last address line that starts with a French postal code. */
export function postalPlace(address: string | null): string | null {
  const lines = addressLines(address);
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /\b(\d{5})\s+(.+)$/.exec(lines[i] ?? '');
    if (m) return `${m[1]} ${m[2]}`;
  }
  return null;
}

type CourtClient = Pick<Client, 'kind' | 'address' | 'name' | 'siren' | 'notes' | 'legalType' | 'country'>;

export function competentCourt(client: CourtClient, creditorStatus?: CreditorStatus): CompetentCourt {
  const place = postalPlace(client.address);
  const { debtor } = debtorOf(client);
  // The French injonction's court, asked as if the claim were undisputed and the debtor in
  // France: the kit warns separately when another route fits better.
  const [injonction] = recoveryRoutes({
    debtor: { ...debtor, kind: debtor.kind === 'public' ? 'pro' : debtor.kind, country: 'FR' },
    amountCents: 0,
    disputed: false,
    ...(creditorStatus ? { creditorStatus } : {}),
    asOf: '2026-01-01',
  }).filter((r) => r.id === 'injonction-de-payer');
  const court = injonction?.court;
  const advice = (injonction?.conditions ?? []).filter((c) =>
    /Kbis|ne couvre qu|Forme juridique|artisan|mixte/.test(c),
  );
  if (court?.kind === 'tae' || court?.kind === 'tc') {
    const tae = court.kind === 'tae';
    return {
      kind: tae ? 'tae' : 'commerce',
      name: tae ? `Président du ${court.name?.replace(/^T/, 't')}` : 'Président du tribunal de commerce',
      place,
      form: 'Cerfa n° 12946*02 (numéro de version à vérifier sur service-public.fr)',
      filing: `En ligne sur Tribunal Digital (tribunaldigital.fr) ou Infogreffe, ou au greffe du ${tae ? 'tribunal des activités économiques' : 'tribunal de commerce'}`,
      fees: 'Frais de greffe d’environ 35 € (tarif à vérifier)',
      advice,
    };
  }
  return {
    kind: 'judiciaire',
    name: 'Tribunal judiciaire',
    place,
    form: 'Cerfa n° 12948*06 (numéro de version à vérifier sur service-public.fr)',
    filing: 'Au greffe du tribunal judiciaire (dépôt en ligne : à vérifier)',
    fees: 'Procédure gratuite devant les juridictions civiles',
    advice,
  };
}
