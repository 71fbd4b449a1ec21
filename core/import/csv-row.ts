/**
 * One CSV record → an ImportItem, or the problems that keep it out, each naming its column.
 * Nothing is written here: the caller shows the preview and sends the valid rows on confirm.
 * Besides the invoice, a row says what the user's tool knows of it (its status, what was paid,
 * when): re-importing the next export turns that into payments (update-diff.ts).
 */
import { z } from 'zod';
import { needsNeutralizing } from '../export/neutralize';
import type { ClientKind, IsoDate } from '../model';
import { type ImportItem, ImportItemSchema } from '../model/import-item';
import { parseAmount } from '../money';
import type { Column, ColumnPlan } from './columns';
import { isCreditNote, readStatus, type ToolStatus } from './status';
import { guessClientKind, readDate, readKind } from './values';

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

/** What the tool says beyond the invoice itself. */
export interface RowFacts {
  /** The file's status cell, read (null without one: a contract CSV says nothing of it). */
  status: ToolStatus | null;
  /** Day of the last payment, when the file has it. */
  paymentDate: IsoDate | null;
  /** Where the client's kind comes from: the file, a guess (SIREN, legal form), or the user. */
  kindFrom: 'file' | 'guess' | 'ask';
  /** A row that is not an invoice to chase: a credit note, a draft, a cancelled invoice. */
  skip: 'credit-note' | 'draft' | 'cancelled' | null;
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

/** A `montant_regle` cell that is a yes/no (« Payé : oui ») rather than an amount. */
const YES_NO = /^(oui|non|yes|no|true|false|x)$/i;

export function readRow(
  fields: readonly string[],
  plan: ColumnPlan,
): { item: ImportItem | null; problems: RowProblem[]; facts: RowFacts } {
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
    const d = readDate(value);
    if (!d) problems.push({ column, code: 'bad-date', value });
    return d;
  };

  const paidCell = get('montant_regle');
  const paidIsFlag = YES_NO.test(paidCell);
  const status = readStatus(get('statut')) ?? (paidIsFlag ? readStatus(paidCell) : null);
  const skip = isCreditNote(get('type_document'))
    ? 'credit-note'
    : status === 'draft' || status === 'cancelled'
      ? status
      : null;

  const number = required('numero');
  const clientName = required('client');
  const email = get('email');
  if (email !== '' && !emailCheck.safeParse(email).success)
    problems.push({ column: 'email', code: 'bad-email', value: email });
  const total = amount('montant_ttc', required('montant_ttc'));
  const remainingRaw = get('reste_du');
  const remaining = amount('reste_du', remainingRaw);
  const paid = paidIsFlag ? null : amount('montant_regle', paidCell);
  const issueDate = date('date_emission', get('date_emission'));
  const dueDate = date('date_echeance', required('date_echeance'));
  const paymentDate = date('date_paiement', get('date_paiement'));
  const siren = get('siren').replace(/\s/g, '');
  // A SIRET is the SIREN and five more digits: the first nine are the company.
  const sirenDigits = /^\d{14}$/.test(siren) ? siren.slice(0, 9) : siren;
  if (sirenDigits !== '' && !/^\d{9}$/.test(sirenDigits))
    problems.push({ column: 'siren', code: 'bad-siren', value: get('siren') });
  const kindCell = readKind(get('type_client'));
  if (kindCell === 'bad')
    problems.push({ column: 'type_client', code: 'bad-kind', value: get('type_client') });
  const fromFile = kindCell && kindCell !== 'bad' ? kindCell : null;
  const guessed = fromFile
    ? null
    : guessClientKind(clientName, /^\d{9}$/.test(sirenDigits) ? sirenDigits : null);
  // 'ask': the item carries « pro » until the user answers in the preview (withKinds, kinds.ts).
  const kind: ClientKind = fromFile ?? guessed ?? 'pro';
  const kindFrom: RowFacts['kindFrom'] = fromFile ? 'file' : guessed ? 'guess' : 'ask';

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
    ['montant_regle', paid],
  ] as const) {
    if (cents !== null && cents > PLAUSIBLE.maxCents)
      problems.push({ column, code: 'implausible-amount', value: get(column) });
  }
  if (issueDate && dueDate && dueDate < issueDate)
    problems.push({ column: 'date_echeance', code: 'due-before-issue', value: get('date_echeance') });
  if (total !== null && remaining !== null && remaining > total)
    problems.push({ column: 'reste_du', code: 'remaining-above-total', value: remainingRaw });
  if (total !== null && paid !== null && remaining === null && paid > total)
    problems.push({ column: 'montant_regle', code: 'remaining-above-total', value: paidCell });

  // What is left: the tool's « reste à payer », else total − paid, else nothing when it says paid.
  let due = total;
  if (total !== null) {
    if (remaining !== null) due = remaining;
    else if (paid !== null) due = Math.max(0, total - paid);
    else if (status === 'paid') due = 0;
  }
  const facts: RowFacts = { status, paymentDate, kindFrom, skip };

  if (problems.length > 0 || total === null || due === null || !dueDate)
    return { item: null, problems, facts };
  const item: ImportItem = {
    number,
    clientName,
    clientEmail: email === '' ? null : email,
    clientKind: kind,
    clientPhone: get('telephone') || null,
    clientAddress: get('adresse') || null,
    clientSiren: sirenDigits || null,
    totalCents: total,
    amountDueCents: due,
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
  if (checked.success) return { item: checked.data, problems, facts };
  for (const issue of checked.error.issues) {
    const column = COLUMN_OF[String(issue.path[0])] ?? (String(issue.path[0]) as Column);
    problems.push({ column, code: 'too-long', value: get(column).slice(0, 80) });
  }
  return { item: null, problems, facts };
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
