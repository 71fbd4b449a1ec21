/**
 * Bank CSV files: find the header below the bank's preamble (account number, balance…),
 * recognise the bank by it (profiles.ts) or use the user's mapping (mapping.ts), then read
 * every row with Papa Parse. All or nothing: the first unreadable row stops the file with
 * its line and column, since a statement with holes would hide a payment.
 */
import Papa from 'papaparse';
import type { CsvMapping } from './mapping';
import { type BankProfile, NOT_BOOKED, profileFor } from './profiles';
import { normalizeName, oneLine } from './text';
import { type BankLine, type BankReadResult, bankError, type CsvShape } from './types';
import { type DecimalMark, parseBankAmount, parseBankDate } from './values';

/** Column indexes for each role, from a profile or a mapping. */
interface Plan {
  id: string;
  name: string;
  date: number[];
  amount: number | null;
  debit: number | null;
  credit: number | null;
  label: number[];
  counterparty: number[];
  reference: number[];
  currency: number | null;
  status: number | null;
  decimal: DecimalMark;
}

const PREAMBLE_LINES = 40;

function detectDelimiter(line: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0];
}

function cells(line: string, delimiter: string): string[] {
  return (Papa.parse<string[]>(line, { delimiter }).data[0] ?? []).map((c) => c.trim());
}

function signatureOf(header: readonly string[]): string {
  return header.map(normalizeName).join('|');
}

function planFromProfile(p: BankProfile, header: string[]): Plan {
  const at = (name: string) => header.indexOf(name);
  const each = (names: string[] = []) => names.map(at).filter((i) => i >= 0);
  const one = (name?: string) => (name && at(name) >= 0 ? at(name) : null);
  return {
    id: p.id,
    name: p.name,
    date: each(p.date),
    amount: each(p.amount)[0] ?? null,
    debit: one(p.debit),
    credit: one(p.credit),
    label: each(p.label),
    counterparty: each(p.counterparty),
    reference: each(p.reference),
    currency: one(p.currency),
    status: one(p.status),
    decimal: p.decimal,
  };
}

function planFromMapping(m: CsvMapping): Plan {
  return {
    id: 'mapping',
    name: m.name || 'CSV',
    date: [m.date],
    amount: m.amount,
    debit: m.debit,
    credit: m.credit,
    label: m.label,
    counterparty: m.counterparty === null ? [] : [m.counterparty],
    reference: m.reference === null ? [] : [m.reference],
    currency: null,
    status: null,
    decimal: m.decimal,
  };
}

interface Found {
  /** 0-based index of the header line in `lines`. */
  index: number;
  delimiter: string;
  header: string[];
  plan: Plan | null;
}

/** The header line: the first one a profile or a mapping knows, else the first table-like line. */
function findHeader(lines: string[], mappings: readonly CsvMapping[]): Found | null {
  let tableLike: Found | null = null;
  const limit = Math.min(lines.length, PREAMBLE_LINES);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const delimiter = detectDelimiter(line);
    const header = cells(line, delimiter);
    if (header.filter((h) => h !== '').length < 2) continue;
    const normalized = header.map(normalizeName);
    const profile = profileFor(normalized);
    if (profile) return { index: i, delimiter, header, plan: planFromProfile(profile, normalized) };
    const mapping = mappings.find((m) => m.signature === normalized.join('|'));
    if (mapping) return { index: i, delimiter, header, plan: planFromMapping(mapping) };
    if (!tableLike && header.length >= 3) {
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      if (next && cells(next, delimiter).length >= header.length - 1) {
        tableLike = { index: i, delimiter, header, plan: null };
      }
    }
  }
  return tableLike;
}

/** 1-based line of a character offset, by binary search over the line starts. */
function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function readBankCsv(text: string, mappings: readonly CsvMapping[] = []): BankReadResult {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.every((l) => l.trim() === ''))
    return { ok: false, error: bankError('empty', 'le fichier est vide') };
  const found = findHeader(lines, mappings);
  if (!found) {
    return { ok: false, error: bankError('unknown-format', 'aucune ligne d’en-tête de colonnes trouvée') };
  }
  const body = lines.slice(found.index + 1).join('\n');
  const rows: Row[] = [];
  let quoteError: number | null = null;
  let previousEnd = 0;
  Papa.parse<string[]>(body, {
    delimiter: found.delimiter,
    skipEmptyLines: 'greedy',
    step: (r) => {
      // A row starts where the previous one ended, past the blank lines Papa Parse skipped.
      let start = previousEnd;
      while (body[start] === '\n') start++;
      previousEnd = r.meta.cursor;
      rows.push({ fields: r.data, start });
      if (quoteError === null && r.errors.some((e) => e.type === 'Quotes')) quoteError = start;
    },
  });
  if (!found.plan) {
    const shape: CsvShape = {
      signature: signatureOf(found.header),
      columns: found.header,
      sample: rows.slice(0, 5).map((r) => r.fields),
    };
    return {
      ok: false,
      error: bankError('needs-mapping', 'format de relevé inconnu : indiquez une fois ses colonnes'),
      header: shape,
    };
  }
  const starts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') starts.push(i + 1);
  const fileLine = (offset: number) => found.index + 1 + lineAt(starts, offset);
  if (quoteError !== null) {
    const row = fileLine(quoteError);
    return { ok: false, error: bankError('malformed', `ligne ${row} : guillemet non fermé`, { row }) };
  }
  return readRows(rows, found, fileLine);
}

interface Row {
  fields: string[];
  /** Offset of its first character in the body (the text below the header). */
  start: number;
}

function readRows(rows: Row[], found: Found, fileLine: (offset: number) => number): BankReadResult {
  const plan = found.plan!;
  const head = found.header;
  const out: BankLine[] = [];
  for (const { fields, start } of rows) {
    const row = fileLine(start);
    const get = (i: number | null) => (i === null ? '' : (fields[i] ?? '').trim());
    const dateCell = plan.date.map(get).find((v) => v !== '') ?? '';
    const amountCells = [plan.amount, plan.debit, plan.credit].map(get);
    // Balance and total lines below the table carry neither a date nor an amount.
    if (dateCell === '' && amountCells.every((v) => v === '')) continue;
    if (plan.status !== null && NOT_BOOKED.test(get(plan.status))) continue;
    const dateField = head[plan.date[0] ?? 0] ?? 'date';
    if (dateCell === '') return fail('missing', row, dateField, '');
    const date = parseBankDate(dateCell);
    if (!date) return fail('bad-date', row, dateField, dateCell);
    const amount = amountOf(plan, get, head);
    if ('error' in amount) return fail(amount.error, row, amount.field, amount.value);
    if (amount.cents === 0) continue;
    const join = (idx: number[]) =>
      oneLine(
        idx
          .map(get)
          .filter((v) => v !== '')
          .join(' · '),
      );
    const currency = get(plan.currency).toUpperCase();
    out.push({
      row,
      date,
      amountCents: amount.cents,
      currency: /^[A-Z]{3}$/.test(currency) ? currency : 'EUR',
      label: join(plan.label),
      counterparty: join(plan.counterparty) || null,
      reference: join(plan.reference) || null,
      source: 'csv',
    });
  }
  return { ok: true, format: plan.id, formatName: plan.name, lines: out };
}

type Amount = { cents: number } | { error: 'bad-amount' | 'missing'; field: string; value: string };

function amountOf(plan: Plan, get: (i: number | null) => string, head: string[]): Amount {
  const read = (i: number) => {
    const value = get(i);
    const cents = value === '' ? 0 : parseBankAmount(value, plan.decimal);
    return cents === null ? ({ error: 'bad-amount', field: head[i] ?? '', value } as const) : { cents };
  };
  if (plan.amount !== null) {
    if (get(plan.amount) === '') return { error: 'missing', field: head[plan.amount] ?? '', value: '' };
    return read(plan.amount);
  }
  const debit = read(plan.debit!);
  const credit = read(plan.credit!);
  if ('error' in debit) return debit;
  if ('error' in credit) return credit;
  // Banks write the debit column either positive or negative: it always takes money out.
  return { cents: Math.abs(credit.cents) - Math.abs(debit.cents) };
}

function fail(code: 'missing' | 'bad-date' | 'bad-amount', row: number, field: string, value: string) {
  const what = {
    missing: 'valeur manquante',
    'bad-date': 'date illisible',
    'bad-amount': 'montant illisible',
  }[code];
  return {
    ok: false as const,
    error: bankError(code, `ligne ${row}, colonne « ${field} » : ${what}${value ? ` (« ${value} »)` : ''}`, {
      row,
      field,
      value,
    }),
  };
}
