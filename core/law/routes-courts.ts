/**
 * Where a route goes: the twelve tribunaux des activités économiques (TAE), the EU member
 * states, and the département read from a French postal code. Pure data, with its sources.
 */

/**
 * The twelve TAE since 1 January 2025 (legal-fr.md §7.6: loi n° 2023-1059 art. 26, décret
 * n° 2024-674, arrêté du 5 juillet 2024 art. 2). A TAE's area is that of the tribunal
 * judiciaire of the same town (Avignon: TJ d'Avignon and TJ de Carpentras).
 *
 * `whole` lists the départements the TAE covers entirely, because the département has no
 * other tribunal judiciaire: Paris (75, legal-fr.md §7.6); Haute-Vienne (87, only TJ Limoges
 * in COJ annexe tableau IV, https://legal.tricoteuses.fr/articles/JORFARTI000051194568);
 * Vaucluse (84, TJ Avignon + Carpentras, legal-fr.md §7.6); Hauts-de-Seine (92, TJ Nanterre),
 * Yvelines (78, TJ Versailles) and Sarthe (72, TJ Le Mans), each the single TJ of its
 * département in the same COJ annexe tableau IV (siège et ressort des tribunaux judiciaires,
 * https://www.doctrine.fr/l/texts/codes/LEGITEXT000006071164/articles/LEGIARTI000018921269).
 * `partial`: the département has other TJ too (Lyon, Marseille, Le Havre per §7.6; Auxerre,
 * Nancy, Saint-Brieuc likewise share their département), so the seat decides, by commune.
 */
export const TAE: readonly { town: string; whole: readonly string[]; partial: readonly string[] }[] = [
  { town: 'Paris', whole: ['75'], partial: [] },
  { town: 'Nanterre', whole: ['92'], partial: [] },
  { town: 'Versailles', whole: ['78'], partial: [] },
  { town: 'Le Mans', whole: ['72'], partial: [] },
  { town: 'Limoges', whole: ['87'], partial: [] },
  { town: 'Avignon', whole: ['84'], partial: [] },
  { town: 'Auxerre', whole: [], partial: ['89'] },
  { town: 'Lyon', whole: [], partial: ['69'] },
  { town: 'Marseille', whole: [], partial: ['13'] },
  { town: 'Nancy', whole: [], partial: ['54'] },
  { town: 'Saint-Brieuc', whole: [], partial: ['22'] },
  { town: 'Le Havre', whole: [], partial: ['76'] },
];

/** « du Mans » / « d’Avignon » / « de Paris ». */
export function ofTown(town: string): string {
  if (town.startsWith('Le ')) return `du ${town.slice(3)}`;
  return /^[AEIOUYÉH]/i.test(town) ? `d’${town}` : `de ${town}`;
}

/** Département of a French postal code (« 75009 » → « 75 », « 97411 » → « 974 »). */
export function departementOf(postalCode: string | undefined): string | null {
  const m = /^\s*(\d{5})\s*$/.exec(postalCode ?? '');
  if (!m?.[1]) return null;
  const code = m[1];
  if (code.startsWith('97') || code.startsWith('98')) return code.slice(0, 3);
  if (code.startsWith('20')) return '20'; // Corse: 2A/2B share postal codes 20xxx
  return code.slice(0, 2);
}

export type TaeMatch = { kind: 'whole'; town: string } | { kind: 'partial'; town: string } | null;

export function taeFor(postalCode: string | undefined): TaeMatch {
  const dep = departementOf(postalCode);
  if (!dep) return null;
  for (const t of TAE) {
    if (t.whole.includes(dep)) return { kind: 'whole', town: t.town };
    if (t.partial.includes(dep)) return { kind: 'partial', town: t.town };
  }
  return null;
}

/**
 * EU member states (ISO 3166-1 alpha-2; Greece is « GR » in ISO, « EL » in EU usage). The
 * United Kingdom left on 1 January 2021 (legal-fr.md §7.7).
 */
export const EU_COUNTRIES = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'EL',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

/**
 * Regulation 1896/2006 (European order for payment) applies between all member states except
 * Denmark (European e-Justice portal, « Injonction de payer européenne »,
 * https://e-justice.europa.eu/content_european_payment_order-353--printAll-fr.do).
 */
export const EUROPEAN_PROCEDURES_EXCLUDED = new Set(['DK']);

/** The petites-créances and European small-claims ceiling, interest included (§7.7, §7.8). */
export const SMALL_CLAIMS_LIMIT_CENTS = 500_000;
