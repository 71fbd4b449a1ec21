/**
 * Which open invoice each credit of a statement pays. Evidence, strongest first: an invoice
 * number in the label or the reference, the exact amount (one invoice, or the sum of several
 * of one client), the payer's name against the client's, and the dates (money received before
 * an invoice was issued does not pay it). Proposals are `sure` (number and amount agree),
 * `likely` (number with another amount — a partial payment —, or name and amount agree) or
 * `none`, with candidates for the user to pick from.
 *
 * Everything goes through maps built once (by number key, by amount, by name word), so 5,000
 * credits against 10,000 open invoices cost a few lookups each, never a scan of all invoices.
 */
import type { IsoDate } from '../model';
import { bankLineHash } from './hash';
import { digitKey, labelKeys, nameWords, numberKey } from './tokens';
import type { BankLine } from './types';

export interface OpenInvoice {
  id: string;
  number: string;
  clientId: string;
  clientName: string;
  issueDate: IsoDate | null;
  dueDate: IsoDate;
  currency: string;
  /** What is still due. */
  outstandingCents: number;
}

export type MatchLevel = 'sure' | 'likely' | 'none';
type MatchReason =
  | 'number'
  | 'amount'
  | 'sum'
  | 'partial'
  | 'overpaid'
  | 'name'
  | 'before-invoice'
  | 'digits';

export interface Allocation {
  invoiceId: string;
  amountCents: number;
}

export interface Proposal {
  line: BankLine;
  hash: string;
  level: MatchLevel;
  allocations: Allocation[];
  reasons: MatchReason[];
  /** Invoices the user may choose instead (same client or same amount), best first. */
  candidates: string[];
}

interface Index {
  byNumber: Map<string, OpenInvoice[]>;
  byDigits: Map<string, OpenInvoice[]>;
  byAmount: Map<number, OpenInvoice[]>;
  /** Each client under the rarest word of its name: a payer naming it must write that word. */
  byRareWord: Map<string, string[]>;
  clientWords: Map<string, string[]>;
  byClient: Map<string, OpenInvoice[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(invoices: readonly OpenInvoice[]): Index {
  const index: Index = {
    byNumber: new Map(),
    byDigits: new Map(),
    byAmount: new Map(),
    byRareWord: new Map(),
    clientWords: new Map(),
    byClient: new Map(),
  };
  for (const inv of invoices) {
    // A key of one to three characters (« 12 ») would be found in any label's dates.
    const key = numberKey(inv.number);
    if (key.length >= 4) push(index.byNumber, key, inv);
    const digits = digitKey(inv.number);
    if (digits) push(index.byDigits, digits, inv);
    push(index.byAmount, inv.outstandingCents, inv);
    push(index.byClient, inv.clientId, inv);
    if (!index.clientWords.has(inv.clientId)) index.clientWords.set(inv.clientId, nameWords(inv.clientName));
  }
  const frequency = new Map<string, number>();
  for (const words of index.clientWords.values()) {
    for (const w of new Set(words)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  }
  for (const [id, words] of index.clientWords) {
    const rarest = words.reduce<string | null>(
      (best, w) => (best === null || frequency.get(w)! < frequency.get(best)! ? w : best),
      null,
    );
    if (rarest) push(index.byRareWord, rarest, id);
  }
  for (const list of index.byClient.values()) list.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return index;
}

/** Clients every word of whose name appears in the payer's name or the label. */
function clientsNamed(index: Index, text: string): string[] {
  const words = new Set(nameWords(text));
  const found: string[] = [];
  for (const w of words) {
    for (const id of index.byRareWord.get(w) ?? []) {
      if (index.clientWords.get(id)!.every((need) => words.has(need))) found.push(id);
    }
  }
  return found;
}

/** Invoices whose number the text contains; by digits only when no full number matched. */
function invoicesNumbered(index: Index, text: string): { found: OpenInvoice[]; byDigits: boolean } {
  const keys = labelKeys(text);
  const found = new Map<string, OpenInvoice>();
  for (const k of keys) for (const inv of index.byNumber.get(k) ?? []) found.set(inv.id, inv);
  if (found.size > 0) return { found: [...found.values()], byDigits: false };
  for (const k of keys) {
    if (!/^\d+$/.test(k)) continue;
    const hits = index.byDigits.get(k) ?? [];
    if (hits.length === 1) found.set(hits[0]!.id, hits[0]!);
  }
  return { found: [...found.values()], byDigits: true };
}

/** Up to three invoices of the client whose outstanding amounts add up to `amount`. */
function subsetSum(invoices: OpenInvoice[], amount: number): OpenInvoice[] | null {
  const list = invoices.slice(0, 20);
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const two = list[i]!.outstandingCents + list[j]!.outstandingCents;
      if (two === amount) return [list[i]!, list[j]!];
      for (let k = j + 1; k < list.length && two < amount; k++) {
        if (two + list[k]!.outstandingCents === amount) return [list[i]!, list[j]!, list[k]!];
      }
    }
  }
  return null;
}

const issuedBy = (inv: OpenInvoice, date: IsoDate) => inv.issueDate === null || inv.issueDate <= date;

/** Evidence for one credit, before the statement's credits share the invoices out. */
function propose(index: Index, line: BankLine): Omit<Proposal, 'hash'> {
  const text = [line.label, line.reference ?? '', line.counterparty ?? ''].join(' ');
  const sameCurrency = (inv: OpenInvoice) => inv.currency === line.currency;
  const none = (candidates: string[] = []) => ({
    line,
    level: 'none' as const,
    allocations: [],
    reasons: [],
    candidates,
  });
  const numbered = invoicesNumbered(index, text);
  const found = numbered.found.filter(sameCurrency);
  if (found.length > 0) {
    const reasons: MatchReason[] = [numbered.byDigits ? 'digits' : 'number'];
    const early = found.some((inv) => !issuedBy(inv, line.date));
    if (early) reasons.push('before-invoice');
    const due = found.reduce((s, inv) => s + inv.outstandingCents, 0);
    const sorted = [...found].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    if (due === line.amountCents) {
      if (found.length > 1) reasons.push('sum');
      reasons.push('amount');
      const level = numbered.byDigits || early ? 'likely' : 'sure';
      return { line, level, reasons, candidates: [], allocations: sorted.map(full) };
    }
    // Less than what is due: a partial payment, applied to the oldest first. More: the
    // numbered invoices are paid and the surplus is left for the user to see.
    reasons.push(line.amountCents < due ? 'partial' : 'overpaid');
    return { line, level: 'likely', reasons, candidates: [], allocations: spread(sorted, line.amountCents) };
  }
  const named = clientsNamed(index, text);
  const exact = (index.byAmount.get(line.amountCents) ?? []).filter(
    (inv) => sameCurrency(inv) && issuedBy(inv, line.date),
  );
  if (named.length === 1) {
    const own = (index.byClient.get(named[0]!) ?? []).filter(
      (inv) => sameCurrency(inv) && issuedBy(inv, line.date),
    );
    const one = own.filter((inv) => inv.outstandingCents === line.amountCents);
    if (one.length >= 1) {
      return {
        line,
        level: 'likely',
        reasons: ['name', 'amount'],
        candidates: own.map((i) => i.id),
        allocations: [full(one[0]!)],
      };
    }
    const several = subsetSum(own, line.amountCents);
    if (several) {
      return {
        line,
        level: 'likely',
        reasons: ['name', 'sum'],
        candidates: own.map((i) => i.id),
        allocations: several.map(full),
      };
    }
    return none(own.map((i) => i.id));
  }
  return none(exact.slice(0, 10).map((i) => i.id));
}

const full = (inv: OpenInvoice): Allocation => ({ invoiceId: inv.id, amountCents: inv.outstandingCents });

function spread(invoices: OpenInvoice[], amount: number): Allocation[] {
  const out: Allocation[] = [];
  let left = amount;
  for (const inv of invoices) {
    if (left <= 0) break;
    const part = Math.min(left, inv.outstandingCents);
    out.push({ invoiceId: inv.id, amountCents: part });
    left -= part;
  }
  return out;
}

/**
 * Proposals for the credits of a statement. Credits already recorded (their hash is in
 * `recorded`) are left out: importing the same statement twice proposes nothing new. Sure
 * proposals take their invoices first; a later proposal never asks for more than what is
 * still due after the earlier ones, and falls back to `none` when nothing is left.
 */
export function matchCredits(
  lines: readonly BankLine[],
  invoices: readonly OpenInvoice[],
  recorded: ReadonlySet<string> = new Set(),
): Proposal[] {
  const index = buildIndex(invoices.filter((i) => i.outstandingCents > 0));
  const seen = new Set<string>();
  const proposals: Proposal[] = [];
  for (const line of lines) {
    if (line.amountCents <= 0) continue;
    const hash = bankLineHash(line);
    // The same line twice in one file (two exports merged) is one payment.
    if (recorded.has(hash) || seen.has(hash)) continue;
    seen.add(hash);
    proposals.push({ ...propose(index, line), hash });
  }
  const left = new Map(invoices.map((i) => [i.id, i.outstandingCents]));
  const rank = { sure: 0, likely: 1, none: 2 } as const;
  const order = [...proposals].sort(
    (a, b) => rank[a.level] - rank[b.level] || a.line.date.localeCompare(b.line.date),
  );
  for (const p of order) {
    if (p.level === 'none') continue;
    const fits = p.allocations.every((a) => (left.get(a.invoiceId) ?? 0) >= a.amountCents);
    if (!fits) {
      p.candidates = [...new Set([...p.allocations.map((a) => a.invoiceId), ...p.candidates])];
      p.level = 'none';
      p.allocations = [];
      continue;
    }
    for (const a of p.allocations) left.set(a.invoiceId, (left.get(a.invoiceId) ?? 0) - a.amountCents);
  }
  return proposals;
}
