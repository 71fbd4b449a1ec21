/**
 * A row of the import preview: what the extractor found, what the user typed over it, and the
 * ImportItem it becomes. Pure (no DOM, no browser), shared by the file import and the page
 * detection.
 */

import { dueDateOf } from '../../core/app/due-date';
import { parseDate } from '../../core/dates';
import type { ExtractionError, ExtractionFormat } from '../../core/extract/errors';
import type { PageFormat } from '../../core/extract/html';
import { GUESS_BELOW } from '../../core/extract/layout-read';
import type { Disagreement } from '../../core/extract/pdf-check';
import type { ExtractedInvoice } from '../../core/extract/types';
import type { ContractualRate, ImportItemInput, InvoiceOrigin } from '../../core/model';
import { legacyRatePercent } from '../../core/model/rate-read';
import { formatDecimal, parseAmount } from '../../core/money';
import { checkItem, type DroppableField } from './draft-check';

export type DraftSource = ExtractionFormat | PageFormat;
export type ClientKind = 'pro' | 'particulier' | 'public';
export type EditableField = 'number' | 'clientName' | 'clientKind' | 'amount' | 'dueDate' | 'rate';

export interface Draft {
  key: string;
  /** File name, or the page URL. */
  label: string;
  origin: InvoiceOrigin;
  /** Why this file gives nothing to track; `null` for a usable row. */
  error:
    | { kind: 'extraction'; error: ExtractionError }
    | { kind: 'credit_note' | 'too_large' | 'unsupported' }
    | null;
  source: DraftSource | null;
  include: boolean;
  number: string;
  clientName: string;
  clientKind: ClientKind | null;
  /** As the user sees and edits it: `1 500,00`. */
  amount: string;
  dueDate: string;
  /** The due date was computed from the payment terms, not read. */
  dueFromTerms: boolean;
  /** The penalty rate as the user corrected it (issue #14); absent: the one the document states. */
  rate?: ContractualRate | null | 'invalid';
  /** Fields the document did not give (the user is asked). */
  missing: EditableField[];
  extracted: ExtractedInvoice | null;
  /** Where a PDF's visible page contradicts its embedded XML (the XML was taken). */
  disagreements: Disagreement[];
}

let counter = 0;
const nextKey = () => `d${++counter}`;

export function errorDraft(label: string, origin: InvoiceOrigin, error: NonNullable<Draft['error']>): Draft {
  return {
    key: nextKey(),
    label,
    origin,
    error,
    source: null,
    include: false,
    number: '',
    clientName: '',
    clientKind: null,
    amount: '',
    dueDate: '',
    dueFromTerms: false,
    missing: [],
    extracted: null,
    disagreements: [],
  };
}

/** « 1 500,00 » with a narrow no-break space, as the import forms show an amount to edit. */
export const amountText = (cents: number): string => formatDecimal(cents, '\u202f');

/** The row for what an extractor found. A credit note is shown, never tracked. */
export function draftFromExtraction(
  label: string,
  origin: InvoiceOrigin,
  invoice: ExtractedInvoice,
  source: DraftSource,
  disagreements: Disagreement[] = [],
): Draft {
  if (invoice.documentType?.value === 'credit_note') {
    return { ...errorDraft(label, origin, { kind: 'credit_note' }), source, extracted: invoice };
  }
  const total = invoice.totalCents?.value ?? invoice.amountDueCents?.value ?? null;
  let dueDate = invoice.dueDate?.value ?? '';
  let dueFromTerms = false;
  if (!dueDate && invoice.paymentTerms) {
    const derived = dueDateOf({
      paymentTerms: invoice.paymentTerms.value,
      issueDate: invoice.issueDate?.value ?? null,
    }).dueDate;
    if (derived) {
      dueDate = derived;
      dueFromTerms = true;
    }
  }
  // A SIREN or VAT number is a business's; anything else is asked (the law depends on it).
  const clientKind: ClientKind | null = invoice.buyerId ? 'pro' : null;
  const draft: Draft = {
    key: nextKey(),
    label,
    origin,
    error: null,
    source,
    include: true,
    number: invoice.number?.value ?? '',
    clientName: invoice.buyerName?.value ?? '',
    clientKind,
    amount: total !== null && total > 0 ? amountText(total) : '',
    dueDate,
    dueFromTerms,
    missing: [],
    extracted: invoice,
    disagreements,
  };
  draft.missing = problemsOf(draft);
  return draft;
}

/**
 * Fields filled from a low-confidence reading of a PDF's layout and not edited since: the
 * preview marks them « à vérifier », never passing a guess off as read.
 */
export function guessedFields(d: Draft): EditableField[] {
  const inv = d.extracted;
  if (!inv) return [];
  const low = (f: { value: unknown; confidence?: number } | null) =>
    f !== null && f.confidence !== undefined && f.confidence < GUESS_BELOW;
  const total = inv.totalCents ?? inv.amountDueCents;
  const out: EditableField[] = [];
  if (low(inv.number) && d.number === inv.number?.value) out.push('number');
  if (low(inv.buyerName) && d.clientName === inv.buyerName?.value) out.push('clientName');
  if (low(total) && total && d.amount === amountText(total.value)) out.push('amount');
  if (low(inv.dueDate) && d.dueDate === inv.dueDate?.value) out.push('dueDate');
  return out;
}

/** What still stops this row from being tracked (what the user can fix in the preview). */
export function problemsOf(d: Draft): EditableField[] {
  const cents = parseAmount(d.amount);
  const out: EditableField[] = [];
  if (!d.number.trim()) out.push('number');
  if (!d.clientName.trim()) out.push('clientName');
  if (!d.clientKind) out.push('clientKind');
  if (cents === null || cents <= 0) out.push('amount');
  if (!parseDate(d.dueDate)) out.push('dueDate');
  if (d.rate === 'invalid') out.push('rate');
  // What the background's schema would still refuse (a number of control characters only…).
  if (out.length === 0 && !d.error) out.push(...checkItem(rawItem(d, null)).fields);
  return out;
}

/** Values the document gave that the background would refuse and the preview cannot edit. */
export function droppedFields(d: Draft): DroppableField[] {
  if (d.error || problemsOf(d).length > 0) return [];
  return checkItem(rawItem(d, null)).dropped;
}

/**
 * The ImportItem of a complete row (null while something is missing). `file` is the PDF itself,
 * kept so that letters and the court kit can enclose it. Checked with the schema the background
 * applies: a value the user cannot edit here (an e-mail zod refuses, say) is left out, and the
 * preview says so, rather than the whole import being refused as « requête invalide » (#18).
 */
export function itemOf(d: Draft, file: ImportItemInput['file'] = null): ImportItemInput | null {
  if (d.error || !d.include || problemsOf(d).length > 0) return null;
  return checkItem(rawItem(d, file)).item;
}

const isoOrNull = (s: string | null | undefined) => (s ? parseDate(s) : null);

function rawItem(d: Draft, file: ImportItemInput['file']): ImportItemInput {
  const x = d.extracted;
  const total = parseAmount(d.amount)!;
  const foundDue = x?.amountDueCents?.value ?? null;
  const due = foundDue !== null && foundDue >= 0 && foundDue <= total ? foundDue : total;
  const currency = x?.currency?.value?.toUpperCase() ?? 'EUR';
  const email = x?.buyerEmail?.value ?? null;
  const siren = x?.buyerId?.value?.replace(/\s/g, '') ?? null;
  const rate = x?.penaltyRatePercent?.value ?? null;
  // The user's correction wins over what was read (problemsOf keeps an invalid one out).
  const edited = d.rate === undefined || d.rate === 'invalid' ? undefined : d.rate;
  return {
    number: d.number.trim().slice(0, 100),
    clientName: d.clientName.trim().slice(0, 300),
    clientEmail: email,
    clientKind: d.clientKind!,
    clientAddress: x?.buyerAddress?.value?.slice(0, 500) ?? null,
    clientSiren: siren && /^\d{9}$/.test(siren) ? siren : null,
    totalCents: total,
    amountDueCents: due,
    issueDate: isoOrNull(x?.issueDate?.value),
    dueDate: parseDate(d.dueDate)!,
    currency: /^[A-Z]{3}$/.test(currency) ? currency : 'EUR',
    paymentTerms: x?.paymentTerms?.value?.slice(0, 300) ?? null,
    contractualRatePercent:
      edited !== undefined
        ? legacyRatePercent(edited)
        : rate !== null && rate >= 0 && rate <= 100
          ? rate
          : null,
    contractualRate: edited !== undefined ? edited : (x?.contractualRate?.value ?? null),
    mentions: {
      // Read from the document itself: what it states, not what the user typed.
      dueDate: x?.dueDate != null,
      penaltyRate: x?.penaltyRatePercent != null || x?.penaltyClause != null,
      recoveryIndemnity: x?.mentionsIndemnity?.value === true,
    },
    origin: d.origin,
    file,
  };
}
