/**
 * « Modifier » (issue #20): the editor's fields, as typed, read into an InvoiceEdit and checked
 * with zod (InvoiceEditSchema). Each refusal names its field and says what to type, in the
 * user's language; the background checks the rest against the events (core/app/edit-invoice.ts).
 */
import type { EcheanceDb } from '../db';
import { PRESET_SCENARIOS } from '../dunning';
import { edit as area } from '../i18n/catalogue/edit';
import { translator } from '../i18n/translate';
import { type Invoice, type InvoiceEdit, InvoiceEditSchema, type Language, type Mentions } from '../model';
import { formatDecimal, parseAmount } from '../money';

export interface InvoiceEditForm {
  number: string;
  clientId: string;
  issueDate: string;
  dueDate: string;
  paymentTerms: string;
  total: string;
  amountDue: string;
  currency: string;
  mentions: Mentions;
  /** '' : the client's scenario. */
  scenarioId: string;
}

export type FormField = keyof InvoiceEdit;
export type FormReading =
  | { ok: true; edit: InvoiceEdit }
  | { ok: false; errors: { field: FormField; message: string }[] };

/** The form filled with the invoice as it is. */
export function editFormOf(invoice: Invoice): InvoiceEditForm {
  return {
    number: invoice.number,
    clientId: invoice.clientId,
    issueDate: invoice.issueDate ?? '',
    dueDate: invoice.dueDate,
    paymentTerms: invoice.paymentTerms ?? '',
    total: formatDecimal(invoice.totalCents),
    amountDue: formatDecimal(invoice.amountDueCents),
    currency: invoice.currency,
    mentions: { ...invoice.mentions },
    scenarioId: invoice.scenarioId ?? '',
  };
}

export function readEditForm(form: InvoiceEditForm, lang: Language): FormReading {
  const t = translator(area, lang);
  const name = (field: FormField) => t(`edit.field.${field}`);
  const errors: { field: FormField; message: string }[] = [];
  const amount = (field: FormField, text: string): number => {
    const cents = parseAmount(text);
    if (cents === null || cents < 0)
      errors.push({ field, message: t('edit.err.amount', { field: name(field) }) });
    return cents ?? 0;
  };
  const candidate = {
    number: form.number.trim(),
    clientId: form.clientId,
    issueDate: form.issueDate.trim() || null,
    dueDate: form.dueDate.trim(),
    paymentTerms: form.paymentTerms.trim() || null,
    totalCents: amount('totalCents', form.total),
    amountDueCents: amount('amountDueCents', form.amountDue),
    currency: form.currency.trim().toUpperCase(),
    mentions: form.mentions,
    scenarioId: form.scenarioId || null,
  };
  const parsed = InvoiceEditSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as FormField;
      if (errors.some((e) => e.field === field)) continue;
      errors.push({ field, message: messageFor(field, candidate[field], issue.code, t) });
    }
  }
  if (errors.length === 0 && parsed.success) {
    const e = parsed.data;
    if (e.issueDate && e.dueDate < e.issueDate)
      errors.push({ field: 'dueDate', message: t('edit.err.dueBeforeIssue', { date: e.issueDate }) });
    if (e.amountDueCents > e.totalCents)
      errors.push({ field: 'amountDueCents', message: t('edit.err.dueOverTotal', { amount: form.total }) });
  }
  return errors.length === 0 && parsed.success ? { ok: true, edit: parsed.data } : { ok: false, errors };
}

function messageFor(
  field: FormField,
  value: unknown,
  code: string,
  t: ReturnType<typeof translator<typeof area>>,
): string {
  const named = { field: t(`edit.field.${field}`) };
  if (value === '' || value === null) return t('edit.err.required', named);
  if (field === 'issueDate' || field === 'dueDate') return t('edit.err.date', named);
  if (field === 'currency') return t('edit.err.currency', named);
  if (code === 'too_big') return t('edit.err.tooLong', named);
  return t('edit.err.required', named);
}

/** The editor's choices: every client, every scenario (the user's, then the presets). */
export async function editorChoices(db: EcheanceDb): Promise<{
  clients: { id: string; name: string }[];
  scenarios: { id: string; name: string }[];
}> {
  const [clients, scenarios] = await Promise.all([db.clients.toArray(), db.scenarios.toArray()]);
  return {
    clients: clients.map((c) => ({ id: c.id, name: c.name })).sort((a, b) => a.name.localeCompare(b.name)),
    scenarios: [...scenarios, ...PRESET_SCENARIOS.filter((p) => !scenarios.some((s) => s.id === p.id))].map(
      (s) => ({ id: s.id, name: s.name }),
    ),
  };
}
