/**
 * The bundled rates table (rates.json beside this file: every value with the public source it
 * was read from) and the semester lookups the penalty computation needs.
 *
 * C. com. L441-10 II anchors the B2B default rate on the ECB MRO rate in force on 1 January /
 * 1 July; CMF L313-2 fixes the legal interest rate per semester. A semester with no verified
 * value falls back to the latest known one and is reported `provisional`.
 */
import { addDays, weekday } from '../dates';
import type { IsoDate, RateOverride } from '../model';
import table from './rates.json';

/** `2026-S1` = 1 January → 30 June 2026, `2026-S2` = 1 July → 31 December. */
export type Semester = `${number}-S${1 | 2}`;

export interface SemesterRates {
  semester: Semester;
  startsOn: IsoDate;
  /** ECB main refinancing rate in force on the semester's first day. */
  ecbMroPercent: number;
  ecbProvisional: boolean;
  ecbSource: string;
  /** Legal interest rate, "tous les autres cas" column (the creditor is a professional). */
  legalRatePercent: number;
  legalProvisional: boolean;
  legalSource: string;
}

export function semesterOf(date: IsoDate): Semester {
  // Month 07-09 (second digit > '6') or 10-12 (first digit '1'); read by char code, it runs per segment.
  const secondHalf = date.charCodeAt(5) === 49 || date.charCodeAt(6) > 54;
  return `${date.slice(0, 4)}-S${secondHalf ? 2 : 1}` as Semester;
}

export function semesterStart(semester: Semester): IsoDate {
  return `${semester.slice(0, 4)}-${semester.endsWith('S1') ? '01' : '07'}-01`;
}

interface MroChange {
  from: IsoDate;
  rate: number;
  source: string;
  provisional: boolean;
}

/**
 * The one change with `from: null` is a decision whose date of effect was not verified.
 * ECB practice applies a decision from the following Wednesday, so we assume that day and
 * keep the value provisional.
 */
function effectiveFrom(entry: { from: string | null; decisionDate?: string }): IsoDate {
  if (entry.from) return entry.from;
  const decided = entry.decisionDate ?? '9999-12-31';
  const daysToWednesday = (3 - weekday(decided) + 7) % 7 || 7;
  return addDays(decided, daysToWednesday);
}

const MRO_CHANGES: MroChange[] = table.ecbMainRefinancingRate
  .map((e) => ({ from: effectiveFrom(e), rate: e.rate, source: e.source, provisional: e.from === null }))
  .sort((a, b) => (a.from < b.from ? -1 : 1));

/** The MRO change in force on a day (the last one that took effect on or before it). */
export function ecbChangeInForceOn(date: IsoDate): MroChange | null {
  let found: MroChange | null = null;
  for (const change of MRO_CHANGES) {
    if (change.from > date) break;
    found = change;
  }
  return found;
}

interface LegalEntry {
  from: IsoDate;
  professional: number | null;
  source: string;
}

const LEGAL_RATES: LegalEntry[] = table.legalInterestRate.map((e) => ({
  from: e.from,
  professional: e.professional,
  source: e.source,
}));

/** The last semester the table knows about; later semesters are provisional by definition. */
const LAST_LISTED_SEMESTER_START: IsoDate = table.ecbRateOnSemesterStart.at(-1)?.date ?? '2026-07-01';
const PROVISIONAL_SEMESTERS = new Set(
  table.ecbRateOnSemesterStart.filter((e) => 'note' in e && e.note).map((e) => e.date),
);

function ecbFor(startsOn: IsoDate): Pick<SemesterRates, 'ecbMroPercent' | 'ecbProvisional' | 'ecbSource'> {
  // After the last listed semester, nothing is known: the rate in force now is the best guess.
  const lookupDay = startsOn > LAST_LISTED_SEMESTER_START ? LAST_LISTED_SEMESTER_START : startsOn;
  const change = ecbChangeInForceOn(lookupDay) ?? MRO_CHANGES[0]!;
  return {
    ecbMroPercent: change.rate,
    ecbProvisional:
      change.provisional || startsOn > LAST_LISTED_SEMESTER_START || PROVISIONAL_SEMESTERS.has(startsOn),
    ecbSource: change.source,
  };
}

function legalFor(
  startsOn: IsoDate,
): Pick<SemesterRates, 'legalRatePercent' | 'legalProvisional' | 'legalSource'> {
  const exact = LEGAL_RATES.find((e) => e.from === startsOn);
  if (exact && exact.professional !== null) {
    return { legalRatePercent: exact.professional, legalProvisional: false, legalSource: exact.source };
  }
  // Before 2015 (one rate a year) or not yet verified: latest known value on or before, else earliest.
  const known = LEGAL_RATES.filter((e) => e.professional !== null);
  const fallback = known.filter((e) => e.from <= startsOn).at(-1) ?? known[0]!;
  return {
    legalRatePercent: fallback.professional ?? 0,
    legalProvisional: true,
    legalSource: `provisional: latest known value (${fallback.from}) — ${fallback.source}`,
  };
}

const cache = new Map<Semester, SemesterRates>();

/** Rates of a semester, from the bundled table, corrected by the user's overrides (Settings). */
export function ratesForSemester(semester: Semester, overrides: readonly RateOverride[] = []): SemesterRates {
  let rates = cache.get(semester);
  if (!rates) {
    const startsOn = semesterStart(semester);
    rates = { semester, startsOn, ...ecbFor(startsOn), ...legalFor(startsOn) };
    cache.set(semester, rates);
  }
  const override = overrides.length ? overrides.find((o) => o.semester === semester) : undefined;
  if (!override) return rates;
  const source = override.source || 'saisi par l’utilisateur';
  return {
    ...rates,
    ...(override.ecbMroPercent !== null && {
      ecbMroPercent: override.ecbMroPercent,
      ecbProvisional: false,
      ecbSource: source,
    }),
    ...(override.legalRatePercent !== null && {
      legalRatePercent: override.legalRatePercent,
      legalProvisional: false,
      legalSource: source,
    }),
  };
}

/** Every semester the bundled table lists, for the settings screen. */
export function listedSemesters(): Semester[] {
  return table.ecbRateOnSemesterStart.map((e) => e.semester as Semester);
}
