/**
 * Payment terms, the late-payment penalty clause and the 40 € recovery indemnity
 * (C. com. L441-10 II and D441-5): what the invoice says, kept as its own words.
 */
import type { ContractualRate } from '../model';
import type { Span } from './text-dates';
import { words } from './text-labels';

const TERMS_RULES: RegExp[] = [
  // « payable à 30 jours », « paiement à 45 jours fin de mois », « échéance : 30 jours nets »
  words(
    String.raw`(?:payable|paiement|règlement|reglement|échéance|echeance|délai\s+de\s+paiement|conditions?\s+de\s+(?:paiement|règlement))[^\n.]{0,30}?\d{1,3}\s*jours(?:\s+(?:fin\s+de\s+mois|nets?|date\s+de\s+facture|à\s+compter\s+de\s+la\s+date\s+(?:de\s+|d')(?:la\s+)?(?:facture|facturation|émission|réception)))*(?:\s+le\s+\d{1,2})?`,
  ),
  words(
    String.raw`\d{1,3}\s*jours\s+fin\s+de\s+mois(?:\s+le\s+\d{1,2})?|fin\s+de\s+mois\s+\+\s*\d{1,3}\s*jours`,
  ),
  words(
    String.raw`(?:payable|paiement|règlement|reglement)\s+(?:(?:à|a|dès)\s+(?:réception|reception)|comptant|immédiat)`,
  ),
  words(
    String.raw`net\s*\d{1,3}(?:\s+days)?|(?:payable|payment|due)\s+(?:with)?in\s+\d{1,3}\s+days(?:\s+(?:of|from)\s+(?:the\s+)?invoice(?:\s+date)?)?`,
  ),
  words(String.raw`\d{1,3}\s+days\s+(?:net|end\s+of\s+month|eom)|(?:due|payable)\s+(?:up)?on\s+receipt`),
  words(
    String.raw`(?:zahlbar|zahlungsziel|zahlung|zahlungsbedingungen)\s*:?\s*(?:(?:rein\s+)?netto\s+)?(?:innerhalb\s+(?:von\s+)?)?\d{1,3}\s+tage[n]?(?:\s+(?:netto|nach\s+rechnungs(?:eingang|datum|erhalt)))*`,
  ),
  words(String.raw`sofort\s+(?:zahlbar|fällig)|zahlbar\s+sofort(?:\s+ohne\s+abzug)?|ohne\s+abzug\s+sofort`),
];

/** Payment terms found in the text, each with where it sits (they answer a due-date label). */
export function findTerms(text: string): Span<string>[] {
  const found: Span<string>[] = [];
  for (const re of TERMS_RULES) {
    for (const m of text.matchAll(re)) {
      // Placed at its figure: « Échéance : 15/03/2026 (30 jours) » — the label's date comes first.
      const at = Math.max(0, m[0].search(/\d|r[ée]ception|receipt|sofort|comptant|imm[ée]diat/i));
      found.push({ value: tidy(m[0]), start: m.index + at, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const PENALTY_RE = words(
  String.raw`p[ée]nalit[ée]s?(?:\s+de\s+retard)?|int[ée]r[êe]ts?\s+(?:de\s+retard|moratoires)|late\s+(?:payment\s+)?(?:fees?|interest|charges?|penalt(?:y|ies))|penalty\s+(?:percentage|rate|interest)|interest\s+(?:on\s+late|will\s+be\s+charged)|verzugszinsen|verzugszins|säumniszuschlag`,
);
const REFERENCE_RATE_RE =
  /BCE|ECB|taux\s+directeur|refinancement|refinancing|int[ée]r[êe]t\s+l[ée]gal|legal\s+(?:interest\s+)?rate|statutory|basiszins|base\s+rate|leitzins/i;
// Not preceded by a digit: « 250 % » must not read as 50 %.
const PERCENT_RE = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,3})?)\s*%/;
const MONTHLY_RE = /par\s+mois|mensuel|per\s+month|a\s+month|monthly|pro\s+monat|monatlich/i;

export interface PenaltyClause {
  clause: string;
  /** Percent a year, only when the clause states a rate of its own (not "ECB + 10 points"). */
  ratePercent: number | null;
  /** The rate with its kind: fixed, N × the legal rate, ECB + N points; null when unreadable. */
  rate: ContractualRate | null;
}

/** The sentence that carries the late-payment penalty, and its rate when it gives one. */
export function findPenaltyClause(text: string): PenaltyClause | null {
  for (const m of text.matchAll(PENALTY_RE)) {
    const clause = sentenceAround(text, m.index, m.index + m[0].length);
    // « pénalité » alone is too common a word; the clause must speak of lateness or a rate.
    if (!/retard|late|overdue|verzug|%|taux|rate|zins/i.test(clause)) continue;
    // The rate is the one stated after the keyword (« 2 % d'escompte … pénalités de 10 % »).
    const from = Math.max(0, clause.toLowerCase().indexOf(m[0].toLowerCase()));
    const stated = clause.slice(from);
    return { clause, ratePercent: penaltyRate(stated), rate: penaltyRateKind(stated) };
  }
  return null;
}

/** The yearly rate a penalty clause states, or null when it states none of its own. */
export function penaltyRate(clause: string): number | null {
  // "ECB rate + 10 points" or « 3 fois le taux d'intérêt légal »: a margin, not a rate.
  if (REFERENCE_RATE_RE.test(clause)) return null;
  const m = PERCENT_RE.exec(clause);
  if (!m) return null;
  const rate = Number(m[1]!.replace(',', '.'));
  // Over 100 % a year is no penalty rate we can apply (the model caps it): none is read.
  if (rate > 100) return null;
  return MONTHLY_RE.test(clause) ? Math.round(rate * 12 * 1000) / 1000 : rate;
}

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  one: 1,
  deux: 2,
  two: 2,
  double: 2,
  trois: 3,
  three: 3,
  triple: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
};
const FACTOR = String.raw`(\d{1,2}(?:[.,]\d{1,2})?|une?|one|deux|two|trois|three|quatre|four|cinq|five)`;
/** « taux d'intérêt légal », « taux de l'intérêt légal », « taux légal », "statutory interest rate". */
const LEGAL_RATE = String.raw`(?:taux\s+(?:de\s+l['’]\s*|d['’]\s*)?(?:int[ée]r[êe]ts?\s+)?l[ée]gal|(?:french\s+)?(?:statutory|legal)\s+(?:interest\s+)?rate|rate\s+of\s+(?:statutory|legal)\s+interest)`;
// « trois fois le taux d'intérêt légal », « 3 x le taux légal », "three times the statutory interest rate"
const LEGAL_MULTIPLE_RE = new RegExp(
  String.raw`${FACTOR}\s*(?:fois|x|×|times)\s+(?:le\s+|the\s+|(?:du|of\s+the)\s+)?(?:montant\s+du\s+)?${LEGAL_RATE}`,
  'i',
);
// « triple du taux d'intérêt légal », "double the legal rate"
const LEGAL_WORD_RE = new RegExp(String.raw`\b(double|triple)\s+(?:du|de|the|of\s+the)\s+${LEGAL_RATE}`, 'i');
const LEGAL_ALONE_RE = new RegExp(LEGAL_RATE, 'i');
const ECB_RE =
  /\b(?:BCE|ECB)\b|banque\s+centrale\s+europ[ée]enne|european\s+central\s+bank|taux\s+(?:de\s+)?refinancement|refinancing\s+rate/i;
// « majoré de 10 points », « + 10 points », "plus 8 percentage points", « augmenté de 10 points de pourcentage »
const POINTS_RE =
  /(?:major[ée]e?s?\s+de|augment[ée]e?s?\s+de|\+|plus)\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:points?|pts?\b|percentage\s+points?|%)/i;

function factorOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word.replace(',', '.'));
}

/**
 * The rate a penalty clause states, with its kind (legal-fr.md §7.1): N × the legal interest
 * rate, the ECB rate + N points, or a fixed percent. When a clause names two (« BCE + 10
 * points, sans pouvoir être inférieur à trois fois le taux légal »), the first one wins.
 */
export function penaltyRateKind(clause: string): ContractualRate | null {
  const found: { at: number; rate: ContractualRate }[] = [];
  const multiple = LEGAL_MULTIPLE_RE.exec(clause);
  const word = LEGAL_WORD_RE.exec(clause);
  if (multiple) {
    const factor = factorOf(multiple[1]!);
    if (factor > 0 && factor <= 20)
      found.push({ at: multiple.index, rate: { kind: 'legal-multiple', factor } });
  } else if (word) {
    found.push({ at: word.index, rate: { kind: 'legal-multiple', factor: factorOf(word[1]!) } });
  } else {
    // « au taux de l'intérêt légal » alone: once the legal rate (below the B2B floor: warned).
    const alone = LEGAL_ALONE_RE.exec(clause);
    if (alone && !/major|plus|\+/i.test(clause.slice(alone.index, alone.index + alone[0].length + 25)))
      found.push({ at: alone.index, rate: { kind: 'legal-multiple', factor: 1 } });
  }
  const ecb = ECB_RE.exec(clause);
  if (ecb) {
    // The margin is stated around the reference: « taux BCE majoré de 10 points ».
    const points = POINTS_RE.exec(clause.slice(ecb.index));
    if (points) {
      const value = Number(points[1]!.replace(',', '.'));
      if (value <= 50) found.push({ at: ecb.index, rate: { kind: 'ecb-plus', points: value } });
    }
  }
  if (found.length > 0) return found.sort((a, b) => a.at - b.at)[0]!.rate;
  if (REFERENCE_RATE_RE.test(clause)) return null;
  const percent = penaltyRate(clause);
  return percent !== null && percent <= 100 ? { kind: 'fixed', percent } : null;
}

const INDEMNITY_RE =
  /indemnit[ée]\s+forfaitaire|frais\s+de\s+recouvrement|40\s*(?:€|euros?)[^.]{0,80}recouvrement|(?:fixed|flat)[- ](?:sum|rate|fee|amount)?[^.]{0,40}(?:compensation|indemnity)|recovery\s+costs?|compensation\s+for\s+recovery|(?:verzugs|mahn|beitreibungs)pauschale|pauschale\s+von\s+40|40[- ]euro[- ]pauschale/i;

/** True when the text mentions the fixed recovery indemnity; null when it does not (unknown). */
export function mentionsIndemnity(text: string): true | null {
  return INDEMNITY_RE.test(text) ? true : null;
}

/** The sentence containing [from, to), on one line, at most 400 characters. */
function sentenceAround(text: string, from: number, to: number): string {
  const before = text.slice(Math.max(0, from - 300), from);
  // A sentence ends at a full stop followed by a space (not a decimal point), a blank line, or
  // a line break before a capital or a bullet (PDF text layers wrap sentences across lines).
  const starts = [...before.matchAll(/[.!?](?=\s)|\n\s*\n|\n(?=\s*[-•*\p{Lu}])/gu)];
  const lastStart = starts[starts.length - 1];
  const start = lastStart
    ? from - before.length + lastStart.index + lastStart[0].length
    : Math.max(0, from - 300);
  const after = text.slice(to, to + 400);
  const end =
    /(?<!\b(?:art|cf|al|ex|env|p|No|no|Nr|Abs|Inc|Ltd|incl|excl|approx|vs|St|MM|Mme|M))[.!?](?=\s|$)|\n\s*\n|\n(?=\s*[-•*]|\p{Lu}\p{Ll})/u.exec(
      after,
    );
  const stop = end ? to + end.index + (end[0].startsWith('\n') ? 0 : 1) : to + after.length;
  return tidy(text.slice(start, stop)).slice(0, 400);
}

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
