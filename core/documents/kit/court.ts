/**
 * Which court hears the injonction de payer (C. proc. civ. art. 1406, legal-fr.md §3.8): the
 * president of the tribunal de commerce for a claim between professionals, the tribunal
 * judiciaire when the debtor is a consumer; territorially, the court of the debtor's domicile
 * (public policy: a contrary clause is void). What the reference does not confirm says so.
 */
import type { Client } from '../../model';
import { addressLines } from '../format';

export interface CompetentCourt {
  kind: 'commerce' | 'judiciaire';
  name: string;
  /** « 92400 Courbevoie », read from the client's address; null when it has no postal code. */
  place: string | null;
  form: string;
  filing: string;
  fees: string;
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

export function competentCourt(client: Pick<Client, 'kind' | 'address'>): CompetentCourt {
  const place = postalPlace(client.address);
  if (client.kind === 'pro') {
    return {
      kind: 'commerce',
      name: 'Président du tribunal de commerce',
      place,
      form: 'Cerfa n° 12946*02 (numéro de version à vérifier sur service-public.fr)',
      filing:
        'En ligne sur Tribunal Digital (tribunaldigital.fr) ou Infogreffe, ou au greffe du tribunal de commerce',
      fees: 'Frais de greffe d’environ 35 € (tarif à vérifier)',
    };
  }
  return {
    kind: 'judiciaire',
    name: 'Tribunal judiciaire',
    place,
    form: 'Cerfa n° 12948*06 (numéro de version à vérifier sur service-public.fr)',
    filing: 'Au greffe du tribunal judiciaire (dépôt en ligne : à vérifier)',
    fees: 'Procédure gratuite devant les juridictions civiles',
  };
}
