import { communeKey, TAE_COMMUNES } from './routes-tae-communes';

/**
 * Where a route goes: the twelve tribunaux des activités économiques (TAE), the EU member
 * states, and the département read from a French postal code. Pure data, with its sources.
 */

/**
 * The twelve TAE since 1 January 2025 (loi n° 2023-1059 du 20 novembre 2023, art. 26; décret
 * n° 2024-674). The arrêté du 5 juillet 2024, art. 2, gives each one « le ressort du tribunal
 * judiciaire » of its town (Avignon: TJ d'Avignon and de Carpentras) — text at
 * https://lexbase.fr/index/source/109724796-arrete-du-5-juillet-2024-relatif-a-lexperimentation-du-tribunal-des-activites-economiques
 *
 * `whole` lists the départements the TAE covers entirely, because the département has no
 * other tribunal judiciaire: Paris (75); Haute-Vienne (87, only TJ Limoges
 * in COJ annexe tableau IV, https://legal.tricoteuses.fr/articles/JORFARTI000051194568);
 * Vaucluse (84, TJ Avignon + Carpentras, arrêté du 5 juillet 2024, art. 2); Hauts-de-Seine (92, TJ Nanterre),
 * Yvelines (78, TJ Versailles) and Sarthe (72, TJ Le Mans), each the single TJ of its
 * département in the same COJ annexe tableau IV (siège et ressort des tribunaux judiciaires,
 * https://www.doctrine.fr/l/texts/codes/LEGITEXT000006071164/articles/LEGIARTI000018921269).
 *
 * `partial`: the département has other TJ too (Rhône: Villefranche-sur-Saône; Bouches-du-Rhône:
 * Aix-en-Provence, Tarascon; Seine-Maritime: Rouen, Dieppe; Yonne: Sens; Meurthe-et-Moselle:
 * Briey; Côtes-d'Armor: Dinan's cantons belong to the TJ de Saint-Malo — tableau IV, see
 * routes-tae-communes.ts). There the commune decides: the chef-lieux of the TJ's cantons
 * (routes-tae-communes.ts) and `seat`, the postal codes that serve the seat town itself (La
 * Poste, base officielle des codes postaux, https://datanova.laposte.fr/datasets/laposte-hexasmal):
 * Lyon 69001–69009, Marseille 13001–13016 (their arrondissements), Le Havre 76600, 76610,
 * 76620, Auxerre 89000 (shared with adjoining communes of Auxerre's own cantons: à vérifier),
 * Nancy 54000 and 54100, Saint-Brieuc 22000. Any other commune of those départements gets the
 * tribunal de commerce with the advice to check the seat in the official directory
 * (justice.fr), which names the competent court commune by commune.
 */
const TAE: readonly {
  town: string;
  whole: readonly string[];
  partial: readonly string[];
  seat: readonly string[];
}[] = [
  { town: 'Paris', whole: ['75'], partial: [], seat: [] },
  { town: 'Nanterre', whole: ['92'], partial: [], seat: [] },
  { town: 'Versailles', whole: ['78'], partial: [], seat: [] },
  { town: 'Le Mans', whole: ['72'], partial: [], seat: [] },
  { town: 'Limoges', whole: ['87'], partial: [], seat: [] },
  { town: 'Avignon', whole: ['84'], partial: [], seat: [] },
  { town: 'Auxerre', whole: [], partial: ['89'], seat: ['89000'] },
  { town: 'Lyon', whole: [], partial: ['69'], seat: range(69001, 69009) },
  { town: 'Marseille', whole: [], partial: ['13'], seat: range(13001, 13016) },
  { town: 'Nancy', whole: [], partial: ['54'], seat: ['54000', '54100'] },
  { town: 'Saint-Brieuc', whole: [], partial: ['22'], seat: ['22000'] },
  { town: 'Le Havre', whole: [], partial: ['76'], seat: ['76600', '76610', '76620'] },
];

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/** « du Mans » / « d’Avignon » / « de Paris ». */
export function ofTown(town: string): string {
  if (town.startsWith('Le ')) return `du ${town.slice(3)}`;
  return /^[AEIOUYÉH]/i.test(town) ? `d’${town}` : `de ${town}`;
}

/** Département of a French postal code (« 75009 » → « 75 », « 97411 » → « 974 »). */
function departementOf(postalCode: string | undefined): string | null {
  const m = /^\s*(\d{5})\s*$/.exec(postalCode ?? '');
  if (!m?.[1]) return null;
  const code = m[1];
  if (code.startsWith('97') || code.startsWith('98')) return code.slice(0, 3);
  if (code.startsWith('20')) return '20'; // Corse: 2A/2B share postal codes 20xxx
  return code.slice(0, 2);
}

/**
 * `covered`: the postal code is surely in the TAE's area (a whole département, or the seat
 * commune); `partial`: the département is shared with other courts, the seat decides.
 */
type TaeMatch = { kind: 'covered'; town: string } | { kind: 'partial'; town: string } | null;

export function taeFor(postalCode: string | undefined, town?: string): TaeMatch {
  const dep = departementOf(postalCode);
  if (!dep) return null;
  const code = postalCode?.trim() ?? '';
  const commune = town ? communeKey(town) : '';
  for (const t of TAE) {
    const named =
      t.partial.includes(dep) && (TAE_COMMUNES[t.town] ?? []).some((c) => communeKey(c) === commune);
    if (t.whole.includes(dep) || t.seat.includes(code) || named) return { kind: 'covered', town: t.town };
    if (t.partial.includes(dep)) return { kind: 'partial', town: t.town };
  }
  return null;
}

/**
 * EU member states (ISO 3166-1 alpha-2; Greece is « GR » in ISO, « EL » in EU usage). The
 * United Kingdom left on 1 January 2021 (end of the Brexit transition period).
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

/** The petites-créances and European small-claims ceiling, interest included (CPCE R125-1;
 * Regulation (EC) 861/2007 art. 2 as amended by Regulation (EU) 2015/2421). */
export const SMALL_CLAIMS_LIMIT_CENTS = 500_000;
