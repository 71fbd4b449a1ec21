/**
 * Issue #20: « Payée » with its date and amount, « Rouvrir », « Modifier » and « Ne plus suivre ».
 * Each is decided here against the invoice's events (a payment never exceeds what is left, an
 * amount never drops below what was paid), written by core/db with the cached state refreshed,
 * and kept for « Annuler » (core/app/undo.ts). Refusals name the field, in the user's language.
 */
import { localDate } from '../dates';
import { addEvent, type EcheanceDb, eventsOf, getSettings, leftToPay } from '../db';
import { eraseInvoice, replaceEvents, rewriteInvoice } from '../db/invoice-edit';
import { scenarioFor } from '../dunning';
import { edit as area } from '../i18n/catalogue/edit';
import { translator } from '../i18n/translate';
import {
  type FieldChange,
  type Invoice,
  type InvoiceEdit,
  type InvoiceEvent,
  type IsoDate,
  type Language,
  newId,
} from '../model';
import { formatMoney } from '../money';
import { deriveState } from './derive';
import { undoable } from './undo';

type Ok = { ok: true };
const ok: Ok = { ok: true };

/** A refusal for the user: its message names the field and says what to do. */
export class EditRefused extends Error {}

async function invoiceOf(db: EcheanceDb, invoiceId: string, lang: Language): Promise<Invoice> {
  const invoice = await db.invoices.get(invoiceId);
  if (!invoice) throw new EditRefused(translator(area, lang)('edit.err.unknownInvoice'));
  return invoice;
}

/**
 * « Payée » : `amountCents` received on `date` (a past day is fine, a future one is not). Less
 * than what is left is a part payment: the invoice stays open for the rest.
 */
export async function payInvoice(
  db: EcheanceDb,
  request: { invoiceId: string; date: IsoDate; amountCents: number; lang: Language },
  now: Date,
): Promise<Ok> {
  const t = translator(area, request.lang);
  const today = localDate(now);
  if (request.date > today) throw new EditRefused(t('paid.err.future'));
  return undoable(db, now, { kind: 'paid', invoiceIds: [request.invoiceId] }, async () => {
    const invoice = await invoiceOf(db, request.invoiceId, request.lang);
    const left = await leftToPay(db, invoice.id);
    if (left <= 0) throw new EditRefused(t('paid.err.nothingLeft'));
    if (request.amountCents > left) {
      throw new EditRefused(
        t('paid.err.over', { amount: formatMoney(left, invoice.currency, request.lang) }),
      );
    }
    const payment: InvoiceEvent = {
      id: newId(),
      invoiceId: invoice.id,
      type: 'payment',
      amountCents: request.amountCents,
      date: request.date,
      createdAt: now.toISOString(),
      note: '',
    };
    await addEvent(db, payment, await deriveState(db), today);
    return ok;
  });
}

/**
 * « Rouvrir » : a paid invoice loses the payment that closed it (the latest), a written-off one
 * its write-off; the history keeps a `reopened` entry that says which.
 */
export async function reopenInvoice(
  db: EcheanceDb,
  invoiceId: string,
  lang: Language,
  now: Date,
): Promise<Ok> {
  const today = localDate(now);
  return undoable(db, now, { kind: 'reopened', invoiceIds: [invoiceId] }, async () => {
    const invoice = await invoiceOf(db, invoiceId, lang);
    const events = await eventsOf(db, invoiceId);
    const base = {
      id: newId(),
      invoiceId,
      type: 'reopened' as const,
      date: today,
      createdAt: now.toISOString(),
      note: '',
    };
    const writeOffs = events.filter((e) => e.type === 'written_off');
    const lastPayment = events.filter((e) => e.type === 'payment').at(-1);
    if (invoice.status === 'written_off' && writeOffs.length > 0) {
      const entry: InvoiceEvent = { ...base, payment: null };
      await replaceEvents(
        db,
        invoiceId,
        writeOffs.map((e) => e.id),
        [entry],
        await deriveState(db),
        today,
      );
    } else if (invoice.status === 'paid' && lastPayment?.type === 'payment') {
      const entry: InvoiceEvent = {
        ...base,
        payment: { date: lastPayment.date, amountCents: lastPayment.amountCents },
      };
      await replaceEvents(db, invoiceId, [lastPayment.id], [entry], await deriveState(db), today);
    } else {
      throw new EditRefused(translator(area, lang)('edit.err.notClosed'));
    }
    return ok;
  });
}

/** « Ne plus suivre » : the invoice, its events and its files erased (« Annuler » brings them back for 10 s). */
export async function removeInvoice(
  db: EcheanceDb,
  invoiceId: string,
  lang: Language,
  now: Date,
): Promise<Ok> {
  return undoable(db, now, { kind: 'deleted', invoiceIds: [invoiceId] }, async () => {
    await invoiceOf(db, invoiceId, lang);
    await eraseInvoice(db, invoiceId);
    return ok;
  });
}

/**
 * « Modifier » : the invoice's facts replaced by `edit` once they agree with its events and the
 * other invoices; the ladder and the penalties follow from the new facts (they are derived).
 * Nothing changed: nothing written.
 */
export async function editInvoice(
  db: EcheanceDb,
  invoiceId: string,
  edit: InvoiceEdit,
  lang: Language,
  now: Date,
): Promise<Ok> {
  const t = translator(area, lang);
  const today = localDate(now);
  return undoable(db, now, { kind: 'edited', invoiceIds: [invoiceId] }, async () => {
    const invoice = await invoiceOf(db, invoiceId, lang);
    const money = (cents: number) => formatMoney(cents, edit.currency, lang);
    const [client, before] = await Promise.all([
      db.clients.get(edit.clientId),
      db.clients.get(invoice.clientId),
    ]);
    if (!client) throw new EditRefused(t('edit.err.unknownClient'));
    const settings = await getSettings(db);
    const scenarios = await db.scenarios.toArray();
    const scenarioName = (id: string | null | undefined) =>
      id ? scenarioFor(id, settings.defaultScenarioId, scenarios).name : '';
    if (edit.scenarioId && scenarioFor(edit.scenarioId, '', scenarios).id !== edit.scenarioId) {
      throw new EditRefused(t('edit.err.unknownScenario'));
    }
    const sameNumber = await db.invoices.where('number').equals(edit.number).toArray();
    if (sameNumber.some((other) => other.id !== invoiceId)) {
      throw new EditRefused(t('edit.err.numberTaken', { number: edit.number }));
    }
    if (edit.amountDueCents > edit.totalCents) {
      throw new EditRefused(t('edit.err.dueOverTotal', { amount: money(edit.totalCents) }));
    }
    const paid = (await eventsOf(db, invoiceId)).reduce(
      (s, e) => (e.type === 'payment' ? s + e.amountCents : s),
      0,
    );
    if (edit.amountDueCents < paid) throw new EditRefused(t('edit.err.belowPaid', { paid: money(paid) }));
    if (edit.issueDate && edit.dueDate < edit.issueDate) {
      throw new EditRefused(t('edit.err.dueBeforeIssue', { date: edit.issueDate }));
    }
    const changes = fieldChanges(invoice, edit, {
      client: (id) => (id === client.id ? client.name : (before?.name ?? id)),
      scenario: scenarioName,
    });
    if (changes.length === 0) return ok;
    const entry: InvoiceEvent = {
      id: newId(),
      invoiceId,
      type: 'invoice_edited',
      changes,
      date: today,
      createdAt: now.toISOString(),
      note: '',
    };
    await rewriteInvoice(db, { ...invoice, ...edit }, entry, await deriveState(db), today);
    return ok;
  });
}

/** What the edit changes, field by field, written plainly for the history (cents, ISO dates, names). */
export function fieldChanges(
  invoice: Invoice,
  edit: InvoiceEdit,
  names: { client: (id: string) => string; scenario: (id: string | null | undefined) => string },
): FieldChange[] {
  const changes: FieldChange[] = [];
  const add = (field: string, from: string, to: string) => {
    if (from !== to) changes.push({ field, from, to });
  };
  add('number', invoice.number, edit.number);
  add('clientId', names.client(invoice.clientId), names.client(edit.clientId));
  add('issueDate', invoice.issueDate ?? '', edit.issueDate ?? '');
  add('dueDate', invoice.dueDate, edit.dueDate);
  add('paymentTerms', invoice.paymentTerms ?? '', edit.paymentTerms ?? '');
  add('totalCents', String(invoice.totalCents), String(edit.totalCents));
  add('amountDueCents', String(invoice.amountDueCents), String(edit.amountDueCents));
  add('currency', invoice.currency, edit.currency);
  for (const k of ['dueDate', 'penaltyRate', 'recoveryIndemnity'] as const) {
    add(`mentions.${k}`, String(invoice.mentions[k]), String(edit.mentions[k]));
  }
  add('scenarioId', names.scenario(invoice.scenarioId), names.scenario(edit.scenarioId));
  return changes;
}
