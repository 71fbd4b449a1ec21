/**
 * One CSV record → an ImportItem, or the problems that keep it out, each naming its column.
 * Nothing is written here: the caller shows the preview and sends the valid rows on confirm.
 */
import { z } from 'zod';
import { parseDate } from '../dates';
import { needsNeutralizing } from '../export/neutralize';
import { type ImportItem, ImportItemSchema } from '../model/import-item';
import { parseAmount } from '../money';
import type { Column, ColumnPlan } from './columns';

/** A problem, as a message key and values, so the UI can say it in French or English. */
export interface RowProblem {
  column: string;
  code:
    | 'missing'
    | 'bad-amount'
    | 'bad-date'
    | 'bad-kind'
    | 'bad-email'
    | 'due-before-issue'
    | 'remaining-above-total'
    | 'duplicate-in-file'
    | 'bad-siren'
    // What the background's schema refuses (an over-long field): said here, for this row only.
    | 'too-long'
    // Parsed, but surely a typo: a date before 2000 or after 2100, an amount over 1 billion.
    | 'implausible-date'
    | 'implausible-amount';
  value: string;
}

const emailCheck = z.email();

/**
 * Our CSV export puts `'` before a cell a spreadsheet would run as a formula; reading it back
 * removes exactly that apostrophe (and only where the export would have added it), so that an
 * export imports back to the same text.
 */
function unneutralized(value: string): string {
  return value.startsWith("'") && needsNeutralizing(value.slice(1)) ? value.slice(1) : value;
}

/** Bounds past which a value is a typo rather than an invoice a freelancer chases. */
const PLAUSIBLE = { from: '2000-01-01', to: '2100-12-31', maxCents: 100_000_000_000 };

export function readRow(
  fields: readonly string[],
  plan: ColumnPlan,
): { item: ImportItem | null; problems: RowProblem[] } {
  const get = (column: Column) => {
    const i = plan.index[column];
    return i < 0 ? '' : unneutralized((fields[i] ?? '').trim());
  };
  const problems: RowProblem[] = [];
  const required = (column: Column) => {
    const value = get(column);
    if (value === '') problems.push({ column, code: 'missing', value });
    return value;
  };
  const amount = (column: Column, value: string) => {
    if (value === '') return null;
    const cents = parseAmount(value);
    if (cents === null || cents < 0) problems.push({ column, code: 'bad-amount', value });
    return cents;
  };
  const date = (column: Column, value: string) => {
    if (value === '') return null;
    const d = parseDate(value);
    if (!d) problems.push({ column, code: 'bad-date', value });
    return d;
  };

  const number = required('numero');
  const clientName = required('client');
  const email = get('email');
  if (email !== '' && !emailCheck.safeParse(email).success)
    problems.push({ column: 'email', code: 'bad-email', value: email });
  const total = amount('montant_ttc', required('montant_ttc'));
  const remainingRaw = get('reste_du');
  const remaining = amount('reste_du', remainingRaw);
  const issueDate = date('date_emission', get('date_emission'));
  const dueDate = date('date_echeance', required('date_echeance'));
  const kindRaw = required('type_client').toLowerCase();
  const kind = kindRaw === 'pro' || kindRaw === 'particulier' ? kindRaw : null;
  if (kindRaw !== '' && !kind) problems.push({ column: 'type_client', code: 'bad-kind', value: kindRaw });
  const siren = get('siren').replace(/\s/g, '');
  if (siren !== '' && !/^\d{9}$/.test(siren))
    problems.push({ column: 'siren', code: 'bad-siren', value: get('siren') });
  for (const [column, d] of [
    ['date_emission', issueDate],
    ['date_echeance', dueDate],
  ] as const) {
    if (d && (d < PLAUSIBLE.from || d > PLAUSIBLE.to))
      problems.push({ column, code: 'implausible-date', value: get(column) });
  }
  for (const [column, cents] of [
    ['montant_ttc', total],
    ['reste_du', remaining],
  ] as const) {
    if (cents !== null && cents > PLAUSIBLE.maxCents)
      problems.push({ column, code: 'implausible-amount', value: get(column) });
  }
  if (issueDate && dueDate && dueDate < issueDate)
    problems.push({ column: 'date_echeance', code: 'due-before-issue', value: get('date_echeance') });
  if (total !== null && remaining !== null && remaining > total)
    problems.push({ column: 'reste_du', code: 'remaining-above-total', value: remainingRaw });

  if (problems.length > 0 || total === null || !dueDate || !kind) return { item: null, problems };
  const item: ImportItem = {
    number,
    clientName,
    clientEmail: email === '' ? null : email,
    clientKind: kind,
    clientPhone: get('telephone') || null,
    clientAddress: get('adresse') || null,
    clientSiren: siren || null,
    totalCents: total,
    amountDueCents: remaining ?? total,
    issueDate,
    dueDate,
    currency: 'EUR',
    paymentTerms: null,
    contractualRatePercent: null,
    mentions: null,
    origin: null,
    file: null,
  };
  // The row is checked with the very schema the background applies, so that one over-long
  // field is this row's problem, not a refusal of the whole batch.
  const checked = ImportItemSchema.safeParse(item);
  if (checked.success) return { item: checked.data, problems };
  for (const issue of checked.error.issues) {
    const column = COLUMN_OF[String(issue.path[0])] ?? (String(issue.path[0]) as Column);
    problems.push({ column, code: 'too-long', value: get(column).slice(0, 80) });
  }
  return { item: null, problems };
}

const COLUMN_OF: Record<string, Column> = {
  number: 'numero',
  clientName: 'client',
  clientEmail: 'email',
  clientPhone: 'telephone',
  clientAddress: 'adresse',
  clientSiren: 'siren',
  totalCents: 'montant_ttc',
  amountDueCents: 'reste_du',
};
