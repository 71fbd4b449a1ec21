/**
 * Invoice fields from the positioned text of a PDF (layout.ts): label → value candidates
 * (layout-pair.ts) scored and checked against each other — the total is net + VAT when both
 * are printed, the amount due is not above the total, the due date is not before the issue
 * date — and the parties from their blocks (layout-parties.ts). What the layout does not give,
 * the plain-text heuristics (text.ts) may still give, with a lower confidence.
 */
import type { PageLayout } from './layout';
import { type Candidate, type FoundLabel, pageCandidates } from './layout-pair';
import { findBuyerName, findSellerName, type Guess, nameOf } from './layout-parties';
import { findAmounts, type Money, soleCurrency } from './text-amounts';
import { findDates } from './text-dates';
import { isNumberLike } from './text-number';
import type { ExtractedInvoice } from './types';

export interface LayoutFields {
  number: Guess | null;
  issueDate: Guess | null;
  dueDate: Guess | null;
  total: (Guess & { currency: string | null }) | null;
  amountDue: Guess | null;
  sellerName: Guess | null;
  buyerName: Guess | null;
}

type Scored<T> = { value: T; score: number; order: number };

const TOKEN_RE = /[\p{L}\d][\p{L}\d\-_/.]*/gu;

function numberOf(c: Candidate): string | null {
  // A code in brackets (« (380) », the document type) is not the number.
  const text = c.text.replace(/\([^)]*\)/g, ' ');
  const tokens = [...text.matchAll(TOKEN_RE)].map((m) => m[0].replace(/[.\-_/]+$/, '')).slice(0, 3);
  // A weak label (« Rechnung », « N° ») needs a token that really looks like a number.
  return tokens.find((t) => isNumberLike(t, c.score >= 0.9 ? 1 : 3) && /\d/.test(t)) ?? null;
}

/** A weak label (« Date ») owns a date in its cell only when the date follows it at once. */
function dateOf(c: Candidate): string | null {
  const found = findDates(c.text)[0];
  if (!found) return null;
  return c.where === 'same' && c.score < 0.85 && found.start > 3 ? null : found.value;
}

function moneyOf(c: Candidate): Money | null {
  const found = findAmounts(c.text);
  return found[found.length - 1]?.value ?? null;
}

function scored<T>(
  cands: Candidate[],
  field: Candidate['field'],
  parse: (c: Candidate) => T | null,
): Scored<T>[] {
  const out: Scored<T>[] = [];
  for (const [order, c] of cands.entries()) {
    if (c.field !== field) continue;
    const value = parse(c);
    if (value !== null) out.push({ value, score: c.score, order });
  }
  return out;
}

const best = <T>(list: Scored<T>[]): Scored<T> | null =>
  list.reduce<Scored<T> | null>((b, s) => (!b || s.score > b.score ? s : b), null);

export function readLayout(pages: PageLayout[], text: string): LayoutFields {
  const labels: FoundLabel[] = [];
  const cands: Candidate[] = [];
  for (const page of pages) {
    const found = pageCandidates(page);
    labels.push(...found.labels);
    cands.push(...found.candidates);
  }
  const number = best(scored(cands, 'number', numberOf));
  const issue = best(scored(cands, 'issue', dateOf));
  const dues = scored(cands, 'due', dateOf).filter((d) => !issue || d.value >= issue.value);
  const due = best(dues);
  const amounts = pickAmounts(cands, text);
  const buyer = findBuyerName(pages, labels);
  const seller = findSellerName(pages, labels, buyer?.value ?? null);
  const guess = (s: Scored<string> | null): Guess | null =>
    s ? { value: s.value, confidence: s.score } : null;
  return {
    number: guess(number),
    issueDate: guess(issue),
    dueDate: guess(due),
    total: amounts.total,
    amountDue: amounts.due,
    sellerName: seller,
    buyerName: buyer,
  };
}

const NO_VAT_RE =
  /TVA\s+non\s+applicable|293\s*B|franchise\s+en\s+base|VAT\s+not\s+applicable|Kleinunternehmer|§\s*19\s*UStG/i;

function pickAmounts(cands: Candidate[], text: string) {
  const gross = scored(cands, 'gross', moneyOf);
  const payable = scored(cands, 'payable', moneyOf);
  const nets = scored(cands, 'net', moneyOf);
  const vats = scored(cands, 'vat', moneyOf).map((s) => s.value.cents);
  const paid = scored(cands, 'paid', moneyOf).map((s) => s.value.cents);
  const maxNet = Math.max(0, ...nets.map((n) => Math.abs(n.value.cents)));
  const exempt = NO_VAT_RE.test(text) || vats.length === 0;
  // The total is labelled as such, or is what is left to pay (when nothing was paid before),
  // or, VAT-exempt, the only total printed.
  const pool: Scored<Money>[] = [
    ...gross.map((g) => ({ ...g })),
    ...payable.map((p) => ({ ...p, score: p.score * 0.9 })),
    ...(exempt ? nets.map((n) => ({ ...n, score: n.score * 0.6 })) : []),
  ];
  for (const g of pool) {
    const c = g.value.cents;
    // Checks between figures: a total that is net + VAT, or that the amount due and an
    // advance payment add up to, is the total; one below the net is a line or a subtotal.
    if (nets.some((n) => vats.some((v) => Math.abs(n.value.cents + v - c) <= 1))) g.score += 0.5;
    if (
      payable.some((p) =>
        paid.some((a) => Math.abs(Math.abs(p.value.cents) + Math.abs(a) - Math.abs(c)) <= 1),
      )
    )
      g.score += 0.3;
    if (Math.abs(c) < maxNet - 1) g.score -= 0.5;
    // Figures further down the document are more often the totals than the lines.
    g.score += g.order / (cands.length * 50);
  }
  const total = best(pool);
  const dues = payable.filter((p) => !total || Math.abs(p.value.cents) <= Math.abs(total.value.cents) + 1);
  const due = best(dues);
  const currency = total?.value.currency ?? due?.value.currency ?? soleCurrency(text);
  return {
    total: total
      ? { value: String(total.value.cents), confidence: Math.min(1, total.score), currency }
      : null,
    due: due ? { value: String(due.value.cents), confidence: Math.min(1, due.score) } : null,
  };
}

/** Below this, a field is shown to the user as a guess to check. */
export const GUESS_BELOW = 0.7;

/** Layout fields over the plain-text reading: the layout wins where it found something. */
export function mergeLayout(base: ExtractedInvoice, found: LayoutFields): ExtractedInvoice {
  const out: Record<string, unknown> = {};
  // What only the plain-text reading found is kept, as a guess.
  for (const [k, v] of Object.entries(base)) out[k] = v ? { ...v, confidence: 0.4 } : v;
  // Its names pass the same test as the layout's (no « Désignation »).
  for (const k of ['buyerName', 'sellerName'] as const) {
    const name = base[k]?.value;
    if (name && !nameOf(name)) out[k] = null;
  }
  const fromLayout: [keyof ExtractedInvoice, Guess | null, (v: string) => string | number][] = [
    ['number', found.number, String],
    ['issueDate', found.issueDate, String],
    ['dueDate', found.dueDate, String],
    ['totalCents', found.total, Number],
    ['amountDueCents', found.amountDue, Number],
    ['sellerName', found.sellerName, String],
    ['buyerName', found.buyerName, String],
  ];
  for (const [k, guess, parse] of fromLayout) {
    if (guess) out[k] = { value: parse(guess.value), source: 'text', confidence: round(guess.confidence) };
  }
  if (found.total?.currency) out.currency = { value: found.total.currency, source: 'text', confidence: 0.9 };
  return out as ExtractedInvoice;
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
