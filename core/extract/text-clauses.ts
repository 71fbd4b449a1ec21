/**
 * Payment terms, the late-payment penalty clause and the 40 € recovery indemnity
 * (C. com. L441-10 II and D441-5): what the invoice says, kept as its own words.
 */
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
}

/** The sentence that carries the late-payment penalty, and its rate when it gives one. */
export function findPenaltyClause(text: string): PenaltyClause | null {
  for (const m of text.matchAll(PENALTY_RE)) {
    const clause = sentenceAround(text, m.index, m.index + m[0].length);
    // « pénalité » alone is too common a word; the clause must speak of lateness or a rate.
    if (!/retard|late|overdue|verzug|%|taux|rate|zins/i.test(clause)) continue;
    // The rate is the one stated after the keyword (« 2 % d'escompte … pénalités de 10 % »).
    const from = Math.max(0, clause.toLowerCase().indexOf(m[0].toLowerCase()));
    return { clause, ratePercent: penaltyRate(clause.slice(from)) };
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
