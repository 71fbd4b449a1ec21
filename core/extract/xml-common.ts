/**
 * What CII and UBL readers share: the clauses found in notes and payment terms, and addresses.
 */
import {
  findPenaltyClause,
  mentionsIndemnity,
  type PenaltyClause,
  penaltyRate,
  penaltyRateKind,
} from './text-clauses';

export interface Note {
  /** UNTDID 4451 subject: PMD = penalty clause, PMT = recovery indemnity (French usage). */
  subject: string | null;
  content: string | null;
}

/** The penalty clause and the indemnity mention, from coded notes first, then from any wording. */
export function fromNotes(
  notes: Note[],
  termsText: string | null,
): { penalty: PenaltyClause | null; indemnity: true | null } {
  const coded = notes.find((n) => n.subject === 'PMD' && n.content);
  const texts = [termsText, ...notes.map((n) => n.content)].filter((t): t is string => Boolean(t));
  const penalty = coded?.content
    ? { clause: coded.content, ratePercent: penaltyRate(coded.content), rate: penaltyRateKind(coded.content) }
    : (texts.map(findPenaltyClause).find(Boolean) ?? null);
  const indemnity =
    notes.some((n) => n.subject === 'PMT' && n.content) || texts.some((t) => mentionsIndemnity(t));
  return { penalty, indemnity: indemnity ? true : null };
}

/** « 12 rue X, Bât. B, 75002 Paris, FR »; null when nothing is there. */
export function partyAddress(
  lines: (string | null)[],
  postcode: string | null,
  city: string | null,
  country: string | null,
): string | null {
  const town = [postcode, city].filter(Boolean).join(' ');
  const parts = [...lines, town, country].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(', ') : null;
}

/** UNTDID 1001 codes of credit notes (381 credit note, 261 self-billed, 396 factored…). */
export const CREDIT_NOTE_CODES = new Set([
  '81',
  '83',
  '261',
  '262',
  '296',
  '308',
  '381',
  '396',
  '420',
  '458',
  '532',
]);

export function joinText(parts: (string | null)[]): string | null {
  const kept = parts.filter((p): p is string => Boolean(p));
  return kept.length > 0 ? kept.join(' / ') : null;
}
